// The one size formatter: decimal units as drives are sold, and the sizes errors carry shown
// through it.
#include "app/common/errortext.h"
#include "app/common/sizetext.h"

#include <QLocale>
#include <QTest>

using imprint::app::sizeText;

class TestSizeText : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void decimalUnits() {
        QCOMPARE(sizeText(512), QStringLiteral("512 bytes"));
        QCOMPARE(sizeText(32015679488ULL), QStringLiteral("32.0 GB"));
        QCOMPARE(sizeText(1'500'000'000ULL), QStringLiteral("1.5 GB"));
        QCOMPARE(sizeText(256060514304ULL), QStringLiteral("256 GB"));
        QCOMPARE(sizeText(230'000'000ULL), QStringLiteral("230 MB"));
    }
    void digitsAsTheLocaleWritesThem() {
        QLocale::setDefault(QLocale(QLocale::German));
        QCOMPARE(sizeText(1'500'000'000ULL), QStringLiteral("1,5 GB"));
        QLocale::setDefault(QLocale::c());
    }
    // flasher/ gives byte counts; the message shows them as sizes, its parameter keeps digits.
    void errorsShowBytesAsSizes() {
        const imprint::Error e = imprint::Error("drives.too_small")
                                     .with("path", "/dev/sdd")
                                     .withBytes("size", 7'948'206'080ULL)
                                     .withBytes("needed", 10'000'000'000ULL);
        QCOMPARE(e.arg("needed"), std::string("10000000000"));
        const QString text = imprint::app::errorText(e);
        QVERIFY2(text.contains(QLatin1String("7.9 GB")) && text.contains(QLatin1String("10.0 GB")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestSizeText)
#include "tst_sizetext.moc"
