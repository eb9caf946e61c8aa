// Every error the version parser produces has words, with every parameter filled in.
#include "app/common/errortext.h"
#include "core/version/osversion.h"

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
