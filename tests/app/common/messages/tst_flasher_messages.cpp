// Every error code flasher/ (the elevated writer's writer.* too) and its Qt glue
// (app/common/udisks, app/common/flash) can return has a message saying what is wrong and what
// to do. The codes are read from the sources
// themselves (every string literal shaped like one of their codes), so none can be forgotten.
#include "app/common/errortext.h"
#include "tests/support/sourcetext.h"

#include <QRegularExpression>
#include <QTest>

class TestFlasherMessages : public QObject {
    Q_OBJECT
private slots:
    void everyCodeHasText() {
        const QRegularExpression code(QStringLiteral(
            "\"((?:drives|source|bmap|target|flash|platform|udisks|writer)\\.[a-z_]+)\""));
        int found = 0;
        QStringList codes;
        QStringList missing;
        QVERIFY(forEachSource({"/flasher", "/app/common/udisks", "/app/common/flash"},
                              [&](const QString& path, const QString& text) {
                                  for (auto m = code.globalMatch(text); m.hasNext();) {
                                      const QString c = m.next().captured(1);
                                      ++found;
                                      codes << c;
                                      if (!imprint::app::hasErrorText(c.toStdString())) {
                                          missing << path + QStringLiteral(": ") + c;
                                      }
                                  }
                              }));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        // The families every write can meet are all there.
        for (const char* c : {"source.truncated", "target.write_failed", "flash.verify_failed",
                              "udisks.open_failed", "platform.not_implemented", "writer.exited"}) {
            QVERIFY2(codes.contains(QLatin1String(c)), c);
        }
        QVERIFY(found > 40);
    }

    // Parameters in the text are ones the errors carry: a message never shows "{offset}".
    void offsetsAreNamedInWriteErrors() {
        const imprint::Error e = imprint::Error("target.write_failed")
                                     .with("name", "/dev/sdz")
                                     .with("detail", "Input/output error")
                                     .with("offset", "8388608")
                                     .at(8388608);
        const QString text = imprint::app::errorText(e);
        QVERIFY2(text.contains(QLatin1String("8388608")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char('{')));
    }
};

QTEST_GUILESS_MAIN(TestFlasherMessages)
#include "tst_flasher_messages.moc"
