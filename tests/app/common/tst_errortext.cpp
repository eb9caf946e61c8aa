// Every error the version parser produces has words, with every parameter filled in; the values
// core/, flasher/ and app/ put in {reason}, {detail} and {what} are codes with words, never
// English.
#include "app/common/errortext.h"
#include "core/version/osversion.h"
#include "tests/support/sourcetext.h"

#include <QRegularExpression>
#include <QTest>

class TestErrorText : public QObject {
    Q_OBJECT
private slots:
    void everyVersionErrorIsWorded() {
        const char* bad[] = {"",       "1",       "1.-2.3",  "x.1.1",   "1.2.3.4",
                             "1.2.3-", "1.2.3-1", "1.2.3+x", "1.2.3 x", "99999999999999999999.1.1"};
        for (const char* text : bad) {
            const auto r = imprint::OsVersion::parse(text);
            QVERIFY(!r.ok());
            QVERIFY2(imprint::app::hasErrorText(r.error().code), r.error().code.c_str());
            const QString message = imprint::app::errorText(r.error());
            QVERIFY2(!message.contains(QLatin1Char('{')), qPrintable(message));
        }
    }
    // A literal given as a word parameter is a code worded in messages/, not a sentence.
    void wordValuesAreCodes() {
        const QRegularExpression literal(
            QStringLiteral("\\.with\\(\\s*\"(?:reason|detail|what)\",\\s*\"([^\"]*)\"\\s*\\)"));
        int found = 0;
        QStringList bad;
        QVERIFY(forEachSource({"/core", "/flasher", "/app"},
                              [&](const QString& path, const QString& text) {
                                  for (auto m = literal.globalMatch(text); m.hasNext();) {
                                      const QString value = m.next().captured(1);
                                      ++found;
                                      if (!imprint::app::hasErrorText(value.toStdString())) {
                                          bad << path + QStringLiteral(": ") + value;
                                      }
                                  }
                              }));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        QVERIFY(found > 20);
    }
    // A value's words may name the error's other parameters.
    void valuesAreWorded() {
        const imprint::Error e = imprint::Error("drives.lsblk_failed")
                                     .with("detail", "drives.exit_status")
                                     .with("status", "3");
        const QString text = imprint::app::errorText(e);
        QVERIFY2(text.contains(QLatin1String("exit status 3")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char('{')));
    }
    void unknownCodeStillSaysSomething() {
        imprint::Error e("no.such.code");
        e.offset = 42;
        const QString text = imprint::app::errorText(e);
        QVERIFY(text.contains(QStringLiteral("no.such.code")));
        QVERIFY(text.contains(QStringLiteral("42")));
    }
    void pointerPrefix() {
        imprint::Error e("version.empty");
        e.pointer = "/hostname";
        QVERIFY(imprint::app::describeError(e).startsWith(QStringLiteral("/hostname: ")));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
