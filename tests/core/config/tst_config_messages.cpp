// Every error code core/config and core/provision can return has a message that says what to do.
#include "app/common/errortext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestConfigMessages : public QObject {
    Q_OBJECT

private slots:
    void everyCodeIsWorded() {
        const QRegularExpression code(QStringLiteral("Error\\(\"([a-z0-9_.]+)\"\\)"));
        int seen = 0;
        for (const char* dir : {"core/config", "core/provision"}) {
            QDirIterator it(QStringLiteral(IMPRINT_SOURCE_DIR "/") + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                for (const auto& m : code.globalMatch(text)) {
                    ++seen;
                    QVERIFY2(imprint::app::hasErrorText(m.captured(1).toStdString()),
                             qPrintable(m.captured(1) + QStringLiteral(" in ") + f.fileName()));
                }
            }
        }
        QVERIFY(seen > 40);
    }

    void placeholdersAreFilled() {
        imprint::Error e("config.wrong_type");
        e.with("key", "/hostname")
            .with("expected", "string")
            .with("actual", "integer")
            .with("value", "7");
        e.pointer = "/hostname";
        const QString text = imprint::app::describeError(e);
        QVERIFY(text.startsWith(QStringLiteral("/hostname: ")));
        QVERIFY(!text.contains(QLatin1Char('{')));
    }
};

QTEST_GUILESS_MAIN(TestConfigMessages)
#include "tst_config_messages.moc"
