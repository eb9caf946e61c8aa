// imprint configure with the connection options (--ethernet, --gsm, --wifi with --eap-*, --ipv4,
// --ipv6, --gateway, --proxy...), run as a user would: the files land on the image as the core
// writes them (GLib reads them back), secrets stay off the output, bad values are refused naming
// the field with the image byte-identical, and options out of place are usage errors.
#include "core/provision/connection.h"
#include "core/provision/proxy.h"
#include "tests/core/config/cloudconfig.h"
#include "tests/core/provision/bootimage.h"
#include "tests/core/provision/connectioncases.h"
#include "tests/support/clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace imprint;
using imprint::test::mread;
using imprint::test::runImprint;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliConfigureNetwork : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString image_;
    QString ca_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const auto pems = test::makePems();
        QVERIFY(!pems.certificate.empty());
        ca_ = dir_.filePath(QStringLiteral("ca.pem"));
        QFile f(ca_);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pems.certificate.c_str());
        QFile bad(dir_.filePath(QStringLiteral("bad.pem")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n");
    }

    void init() {
        image_ = dir_.filePath(QStringLiteral("net.img"));
        QVERIFY(test::makeBootImage(image_, cloudConfigText).isEmpty());
    }

    void everyKindLandsOnTheImage() {
        const auto r = runImprint({"configure",      image_,
                                   "--ethernet",     "wired",
                                   "--mac",          "52:54:00:12:34:56",
                                   "--ipv4",         "10.0.2.15/24",
                                   "--gateway",      "10.0.2.2",
                                   "--dns-server",   "10.0.2.3",
                                   "--dns-search",   "lab.example",
                                   "--ipv6",         "fec0::15/64",
                                   "--gateway",      "fec0::2",
                                   "--route-metric", "50",
                                   "--wifi",         "Campus Net",
                                   "--eap",          "peap",
                                   "--eap-identity", "bob@uni.example",
                                   "--eap-password", "Zq8-secret-eap",
                                   "--eap-ca-cert",  ca_,
                                   "--priority",     "7",
                                   "--gsm",          "lte",
                                   "--gsm-apn",      "internet",
                                   "--gsm-pin",      "918273",
                                   "--ipv6",         "disabled",
                                   "--wifi",         "Home",
                                   "--wifi-psk",     "Home-pass-1",
                                   "--proxy",        "socks5://dev:Px7-proxy@10.0.2.100:1080",
                                   "--no-proxy",     "10.0.0.0/8",
                                   "--backup",       dir_.filePath("backup"),
                                   "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("applied").toBool(), true);
        for (const char* secret : {"Zq8-secret-eap", "918273", "Px7-proxy", "Home-pass-1"}) {
            QVERIFY2(!r.out.contains(QLatin1String(secret)) &&
                         !r.err.contains(QLatin1String(secret)),
                     secret);
        }
        const auto read = [&](const char* path) {
            auto f = test::GlibKeyFile::read(mread(image_, QString::fromLatin1(path)));
            return test::meaning(f);
        };
        const auto wired = read("system-connections/wired");
        QCOMPARE(wired.value("ethernet.mac-address"), QByteArray("52:54:00:12:34:56"));
        QCOMPARE(wired.value("ipv4.address1"), QByteArray("10.0.2.15/24,10.0.2.2"));
        QCOMPARE(wired.value("ipv4.dns-search"), QByteArray("lab.example;"));
        QCOMPARE(wired.value("ipv6.address1"), QByteArray("fec0::15/64,fec0::2"));
        QCOMPARE(wired.value("ipv6.route-metric"), QByteArray("50"));
        const auto campus = read("system-connections/wifi-Campus_Net");
        QCOMPARE(campus.value("wifi.ssid"), QByteArray("Campus Net"));
        QCOMPARE(campus.value("802-1x.password"), QByteArray("Zq8-secret-eap"));
        QCOMPARE(campus.value("802-1x.ca-cert"), QByteArray("wifi-Campus_Net-ca.pem"));
        QCOMPARE(campus.value("connection.autoconnect-priority"), QByteArray("7"));
        QCOMPARE(mread(image_, "system-connections/certs/wifi-Campus_Net-ca.pem"), readAll(ca_));
        const auto lte = read("system-connections/lte");
        QCOMPARE(lte.value("gsm.pin"), QByteArray("918273"));
        QCOMPARE(lte.value("ipv6.method"), QByteArray("disabled"));
        // A --wifi with a pass phrase alone keeps the file of earlier versions.
        QVERIFY(mread(image_, "system-connections/balena-wifi-01").contains("psk=Home-pass-1\n"));
        QVERIFY(mread(image_, "system-proxy/redsocks.conf").contains("password = \"Px7-proxy\";"));
        QCOMPARE(mread(image_, "system-proxy/no_proxy"), QByteArray("10.0.0.0/8\n"));
        QCOMPARE(test::fsckBoot(image_).exitCode, 0);
    }

    void refusalsNameTheField_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("/33") << QStringList{"--ethernet", "e", "--ipv4", "10.0.0.1/33"}
                             << "/connections/0/ipv4/addresses/0";
        QTest::newRow("gateway outside")
            << QStringList{"--ethernet", "e", "--ipv4", "10.0.0.1/24", "--gateway", "10.0.1.1"}
            << "/connections/0/ipv4/gateway";
        QTest::newRow("no identity")
            << QStringList{"--wifi", "Corp", "--eap", "ttls", "--eap-password", "x"}
            << "/connections/0/wifi/enterprise/identity";
        QTest::newRow("non-PEM") << QStringList{"--wifi",         "Corp", "--eap",          "peap",
                                                "--eap-identity", "a",    "--eap-password", "x",
                                                "--eap-ca-cert",  "BAD"}
                                 << "/connections/0/wifi/enterprise/caCertificate";
        QTest::newRow("PIN of letters")
            << QStringList{"--gsm", "g", "--gsm-pin", "abcd"} << "/connections/0/gsm/pin";
        QTest::newRow("proxy port")
            << QStringList{"--proxy", "socks5://10.0.0.1:0"} << "/proxy/port";
    }
    void refusalsNameTheField() {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        args.replaceInStrings(QStringLiteral("BAD"), dir_.filePath("bad.pem"));
        const QByteArray before = test::contentDigest(image_);
        const auto r = runImprint(QStringList{"configure", image_} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named + ": "), qPrintable(r.err));
        QCOMPARE(test::contentDigest(image_), before);
    }

    void optionsOutOfPlace_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("ipv4 first") << QStringList{"--ipv4", "10.0.0.1/24"};
        QTest::newRow("eap on ethernet") << QStringList{"--ethernet", "e", "--eap", "tls"};
        QTest::newRow("bad method") << QStringList{"--ethernet", "e", "--ipv6", "dhcp"};
        QTest::newRow("no-proxy first") << QStringList{"--no-proxy", "10.0.0.0/8"};
        QTest::newRow("ftp proxy") << QStringList{"--proxy", "ftp://h:21"};
        QTest::newRow("missing cert")
            << QStringList{"--wifi", "C", "--eap-ca-cert", "/nonexistent"};
    }
    void optionsOutOfPlace() {
        QFETCH(QStringList, args);
        const QByteArray before = test::contentDigest(image_);
        const auto r = runImprint(QStringList{"configure", image_} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(args.first()) || r.err.contains(args.at(2)));
        QCOMPARE(test::contentDigest(image_), before);
    }

    void helpNamesTheOptions() {
        const auto r = runImprint({"configure", "--help"});
        for (const char* o : {"--ethernet", "--ipv4", "--ipv6", "--gateway", "--dns-server",
                              "--wifi-security", "--eap-identity", "--gsm-apn", "--proxy"}) {
            QVERIFY2(r.out.contains(QLatin1String(o)), o);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliConfigureNetwork)
#include "tst_cli_configure_network.moc"
