// The splash logo check judged with ImageMagick-made files: real PNGs pass with their size;
// other formats, damaged, truncated, oversized and too-large-for-the-partition files are refused.
// Also the development-mode notices for legacy os-release variants.
#include "core/common/crc32.h"
#include "core/provision/devmode.h"
#include "core/provision/splashlogo.h"
#include "tests/support/hosttool.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace imprint;
using namespace imprint::provision;

namespace {

std::vector<std::uint8_t> bytesOf(const QByteArray& a) {
    return {reinterpret_cast<const std::uint8_t*>(a.constData()),
            reinterpret_cast<const std::uint8_t*>(a.constData()) + a.size()};
}

} // namespace

class TestProvisionSplash : public QObject {
    Q_OBJECT

    // A file made by ImageMagick (the format follows the name's extension).
    QByteArray make(const QString& name, const QStringList& args) {
        const QString path = dir_.filePath(name);
        const auto r = imprint::test::runTool(QStringLiteral("convert"), args + QStringList{path},
                                              {}, {}, 60000);
        if (r.exitCode != 0) {
            qFatal("convert failed: %s", r.err.constData());
        }
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private slots:
    void initTestCase() {
        if (!imprint::test::toolInstalled(QStringLiteral("convert"))) {
            QFAIL("ImageMagick's convert is needed to make the test images");
        }
        QVERIFY(dir_.isValid());
    }

    void realPngs_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("rgb") << QStringList{"-size", "640x480", "xc:blue"} << 640 << 480;
        QTest::newRow("gradient rgba")
            << QStringList{"-size", "300x80", "gradient:red-none"} << 300 << 80;
        QTest::newRow("gray 16") << QStringList{"-size", "17x5", "-depth", "16", "xc:gray50"} << 17
                                 << 5;
        QTest::newRow("palette") << QStringList{"-size", "32x32", "plasma:", "-colors",
                                                "8",     "-type", "Palette"}
                                 << 32 << 32;
        QTest::newRow("4096 wide") << QStringList{"-size", "4096x1", "xc:white"} << 4096 << 1;
    }
    void realPngs() {
        QFETCH(QStringList, args);
        QFETCH(int, width);
        QFETCH(int, height);
        const QByteArray png = make(QStringLiteral("ok.png"), args);
        const auto bytes = bytesOf(png);
        auto info = checkPng(bytes);
        QVERIFY2(info.ok(), info.ok() ? "" : info.error().code.c_str());
        QCOMPARE(info->width, std::uint32_t(width));
        QCOMPARE(info->height, std::uint32_t(height));
    }

    void refusals() {
        const QByteArray png = make(QStringLiteral("base.png"), {"-size", "64x64", "xc:red"});
        const auto code = [](const QByteArray& a) {
            auto r = checkPng(bytesOf(a));
            return r.ok() ? QString() : QString::fromStdString(r.error().code);
        };
        QCOMPARE(code(make(QStringLiteral("x.jpg"), {"-size", "64x64", "xc:red"})),
                 QStringLiteral("logo.not_png"));
        QCOMPARE(code(make(QStringLiteral("x.gif"), {"-size", "64x64", "xc:red"})),
                 QStringLiteral("logo.not_png"));
        QCOMPARE(code(QByteArray("just some text, not an image")), QStringLiteral("logo.not_png"));
        QCOMPARE(code(QByteArray()), QStringLiteral("logo.not_png"));
        QCOMPARE(code(png.left(png.size() - 5)), QStringLiteral("logo.truncated"));
        QCOMPARE(code(png.left(20)), QStringLiteral("logo.truncated"));
        QByteArray wrongCrc = png;
        wrongCrc[20] = static_cast<char>(wrongCrc[20] ^ 0x01); // a height byte inside IHDR
        QCOMPARE(code(wrongCrc), QStringLiteral("logo.bad_crc"));
        QCOMPARE(code(png + QByteArray("junk")), QStringLiteral("logo.data_after_end"));
        QCOMPARE(code(make(QStringLiteral("wide.png"), {"-size", "4097x1", "xc:white"})),
                 QStringLiteral("logo.bad_dimensions"));
        // IHDR with a valid CRC but an impossible bit depth for the colour type.
        QByteArray badDepth = png;
        badDepth[24] = 3; // bit depth 3
        const auto ihdr = bytesOf(badDepth.mid(12, 17));
        const std::uint32_t crc = crc32(ihdr);
        for (int i = 0; i < 4; ++i) {
            badDepth[29 + i] = static_cast<char>((crc >> (24 - 8 * i)) & 0xFF);
        }
        QCOMPARE(code(badDepth), QStringLiteral("logo.bad_header"));
    }

    void crcIsTheStandardOne() {
        const std::string text = "123456789";
        QCOMPARE(crc32({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()}),
                 0xCBF43926U);
    }

    void fitsCountsWhatTheOldLogoFrees() {
        QVERIFY(checkLogoFits(10000, 0, 16384, 2048).ok());
        QVERIFY(!checkLogoFits(20000, 0, 16384, 2048).ok());
        // 4096 free + old 4000 (2 clusters of 2048 = 4096) = 8192 available.
        QVERIFY(checkLogoFits(8192, 4000, 4096, 2048).ok());
        auto r = checkLogoFits(8193, 4000, 4096, 2048);
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().code), QStringLiteral("logo.too_large"));
        QCOMPARE(QString::fromStdString(r.error().arg("available")), QStringLiteral("8192"));
    }

    void logoPath() {
        QCOMPARE(splashLogoPath({"splash/resin-logo.png"}), std::string("splash/resin-logo.png"));
        QCOMPARE(splashLogoPath({"splash/balena-logo.png", "splash/resin-logo.png"}),
                 std::string("splash/balena-logo.png"));
        QCOMPARE(splashLogoPath({}), std::string("splash/balena-logo.png"));
    }

    void developmentMode() {
        const auto codes = [](const std::vector<Error>& v) {
            QStringList out;
            for (const auto& e : v) {
                out << QString::fromStdString(e.code);
            }
            return out;
        };
        const auto unified = parseOsRelease("NAME=\"balenaOS\"\nVERSION_ID=\"2.0.0\"\n");
        QCOMPARE(codes(developmentModeNotices(true, unified, false)), QStringList{"devmode.opens"});
        QCOMPARE(codes(developmentModeNotices(true, unified, true)),
                 QStringList({"devmode.opens", "devmode.keys_only"}));
        const auto legacyDev =
            parseOsRelease("NAME=\"Resin OS\"\nVARIANT=\"Development\"\nVARIANT_ID=dev\n");
        QCOMPARE(legacyDev.at("VARIANT"), std::string("Development"));
        QCOMPARE(codes(developmentModeNotices(false, legacyDev, false)),
                 QStringList({"devmode.closes", "devmode.legacy_development"}));
        const auto legacyProd = parseOsRelease("VARIANT='Production'\r\nVARIANT_ID=prod\r\n");
        QCOMPARE(codes(developmentModeNotices(true, legacyProd, false)),
                 QStringList({"devmode.opens", "devmode.legacy_production"}));
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestProvisionSplash)
#include "tst_provision_splash.moc"
