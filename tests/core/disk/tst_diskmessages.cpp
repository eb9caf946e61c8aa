// Every error code core/disk can return has a message that says what is wrong and what to do:
// the codes are read from the sources themselves, so a new one cannot be forgotten.
#include "app/common/errortext.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestDiskMessages : public QObject {
    Q_OBJECT
private slots:
    void everyCodeHasText() {
        const QDir dir(QStringLiteral(IMPRINT_SOURCE_DIR "/core/disk"));
        const QRegularExpression code(QStringLiteral("Error\\(\"([a-z_]+\\.[a-z_.]+)\"\\)"));
        int found = 0;
        for (const auto& name : dir.entryList({"*.cpp", "*.h"})) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (auto it = code.globalMatch(text); it.hasNext();) {
                const QString c = it.next().captured(1);
                ++found;
                QVERIFY2(imprint::app::hasErrorText(c.toStdString()), qPrintable(name + ": " + c));
            }
        }
        QVERIFY(found > 30);
    }
};

QTEST_GUILESS_MAIN(TestDiskMessages)
#include "tst_diskmessages.moc"
