// NetworkManager keyfiles judged by GLib's GKeyFile (the parser NetworkManager uses): every
// pass phrase and SSID reads back exactly; open, hidden, static and priority settings land in
// the right groups; bad SSIDs and pass phrases are refused.
#include "core/provision/keyfile.h"
#include "core/provision/wifi.h"
#include "tests/support/keyfilejudge.h"

#include <QTest>

using namespace imprint;
using namespace imprint::provision;
using imprint::test::GlibKeyFile;

namespace {

GlibKeyFile glibLoad(const std::string& text) {
    auto f = GlibKeyFile::read(QByteArray::fromStdString(text));
    if (!f.loaded()) {
        qFatal("GLib refused the keyfile: %s\n%s", qPrintable(f.why()), text.c_str());
    }
    return f;
}

std::optional<std::string> glibString(const GlibKeyFile& f, const char* group, const char* key) {
    const auto v = f.string(QString::fromLatin1(group), QString::fromLatin1(key));
    return v ? std::optional(v->toStdString()) : std::nullopt;
}

} // namespace

class TestProvisionWifi : public QObject {
    Q_OBJECT

private slots:
    void passPhrasesRoundTripThroughGlib_data() {
        QTest::addColumn<QByteArray>("psk");
        QTest::newRow("equals") << QByteArray("pass=word==");
        QTest::newRow("semicolons") << QByteArray("a;b;c;d;e;");
        QTest::newRow("hash") << QByteArray("#not-a-comment#");
        QTest::newRow("double quotes") << QByteArray("\"quoted pass\"");
        QTest::newRow("single quotes") << QByteArray("it's 'mine'");
        QTest::newRow("leading spaces") << QByteArray("   leading");
        QTest::newRow("trailing spaces") << QByteArray("trailing   ");
        QTest::newRow("only spaces") << QByteArray("          ");
        QTest::newRow("backslashes") << QByteArray("back\\slash\\s\\n\\");
        QTest::newRow("unicode") << QByteArray("pässwörd ✓ 密码");
        QTest::newRow("brackets") << QByteArray("[wifi] x=y");
        QTest::newRow("printable ascii") << QByteArray("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ 09AZaz");
        QTest::newRow("64 hex") << QByteArray(64, 'a');
        QTest::newRow("63 chars") << QByteArray(63, 'x');
    }
    void passPhrasesRoundTripThroughGlib() {
        QFETCH(QByteArray, psk);
        WifiNetwork n;
        n.ssid = "Home";
        n.passphrase = psk.toStdString();
        QVERIFY(!checkWifiNetwork(n).has_value());
        const std::string text = wifiKeyfile(n, wifiFileName(1));
        auto f = glibLoad(text);
        QCOMPARE(QByteArray::fromStdString(glibString(f, "wifi-security", "psk").value()), psk);
        QCOMPARE(glibString(f, "wifi-security", "key-mgmt").value(), std::string("wpa-psk"));
        QCOMPARE(glibString(f, "connection", "id").value(), std::string("balena-wifi-01"));
        // Our own reader agrees with GLib.
        QCOMPARE(QByteArray::fromStdString(readWifiNetwork(text)->passphrase), psk);
    }

    // GLib writes, we read: the escaping is the same in both directions.
    void readerAgreesWithGlibWriter() {
        for (const char* value :
             {"  two leading", "tab\there", "new\nline", "back\\slash", "x=y;z#", "trailing  "}) {
            const QByteArray data =
                GlibKeyFile::write(QStringLiteral("wifi-security"), QStringLiteral("psk"), value);
            QVERIFY(data.contains("psk="));
            const KeyFile mine = KeyFile::parse(data.toStdString());
            QCOMPARE(mine.get("wifi-security", "psk").value(), std::string(value));
        }
    }

    void ssidsRoundTrip_data() {
        QTest::addColumn<QByteArray>("ssid");
        QTest::newRow("plain") << QByteArray("My Network");
        QTest::newRow("32 bytes") << QByteArray(32, 'n');
        QTest::newRow("leading space") << QByteArray(" spaced ");
        QTest::newRow("equals hash") << QByteArray("a=b#c");
        QTest::newRow("semicolon") << QByteArray("cafe;bar");
        QTest::newRow("unicode") << QByteArray("Café ☕");
        QTest::newRow("digits") << QByteArray("1234");
    }
    void ssidsRoundTrip() {
        QFETCH(QByteArray, ssid);
        WifiNetwork n;
        n.ssid = ssid.toStdString();
        const std::string text = wifiKeyfile(n, "balena-wifi-02");
        auto f = glibLoad(text);
        const std::string raw = glibString(f, "wifi", "ssid").value();
        // NetworkManager reads the value as text, or as byte values when it is a ';' list.
        QByteArray got;
        if (raw.find(';') != std::string::npos) {
            const auto bytes = f.integers(QStringLiteral("wifi"), QStringLiteral("ssid"));
            QVERIFY(bytes.has_value());
            for (const int b : *bytes) {
                got.append(static_cast<char>(b));
            }
        } else {
            got = QByteArray::fromStdString(raw);
        }
        QCOMPARE(got, ssid);
        QCOMPARE(QByteArray::fromStdString(readConnection(text).ssid), ssid);
    }

    void openNetworkHasNoSecurityGroup() {
        WifiNetwork n;
        n.ssid = "Cafe";
        const std::string text = wifiKeyfile(n, "balena-wifi-01");
        auto f = glibLoad(text);
        QVERIFY(f.hasGroup(QStringLiteral("connection")));
        QVERIFY(!f.hasGroup(QStringLiteral("wifi-security")));
        QCOMPARE(glibString(f, "ipv4", "method").value(), std::string("auto"));
        QVERIFY(!glibString(f, "wifi", "hidden").has_value());
        QVERIFY(!readConnection(text).hasSecret);
    }

    void hiddenStaticPriority() {
        WifiNetwork n;
        n.ssid = "Office";
        n.passphrase = "correct horse";
        n.hidden = true;
        n.priority = 10;
        n.address = "192.168.1.50/24";
        n.gateway = "192.168.1.1";
        n.dns = {"1.1.1.1", "9.9.9.9"};
        QVERIFY(!checkWifiNetwork(n).has_value());
        const std::string text = wifiKeyfile(n, "balena-wifi-03");
        auto f = glibLoad(text);
        QCOMPARE(glibString(f, "wifi", "hidden").value(), std::string("true"));
        QCOMPARE(glibString(f, "connection", "autoconnect-priority").value(), std::string("10"));
        QCOMPARE(glibString(f, "ipv4", "method").value(), std::string("manual"));
        QCOMPARE(glibString(f, "ipv4", "address1").value(),
                 std::string("192.168.1.50/24,192.168.1.1"));
        const auto dns = f.strings(QStringLiteral("ipv4"), QStringLiteral("dns"));
        QVERIFY(dns.has_value());
        QCOMPARE(dns->size(), 2);
        QCOMPARE(dns->at(1), QStringLiteral("9.9.9.9"));
        QCOMPARE(glibString(f, "ipv6", "method").value(), std::string("auto"));
        QCOMPARE(readWifiNetwork(text).value(), n);
    }

    void refusals_data() {
        QTest::addColumn<QByteArray>("ssid");
        QTest::addColumn<QByteArray>("psk");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("code");
        QTest::newRow("65-byte ssid") << QByteArray(65, 's') << QByteArray("password") << ""
                                      << "wifi.ssid_too_long";
        QTest::newRow("33-byte ssid") << QByteArray(33, 's') << QByteArray() << ""
                                      << "wifi.ssid_too_long";
        QTest::newRow("empty ssid") << QByteArray() << QByteArray() << ""
                                    << "wifi.ssid_empty";
        QTest::newRow("7-char psk") << QByteArray("Home") << QByteArray("1234567") << ""
                                    << "wifi.psk_too_short";
        QTest::newRow("64 non-hex") << QByteArray("Home") << QByteArray(64, 'g') << ""
                                    << "wifi.psk_too_long";
        QTest::newRow("65 chars") << QByteArray("Home") << QByteArray(65, 'a') << ""
                                  << "wifi.psk_too_long";
        QTest::newRow("newline") << QByteArray("Home") << QByteArray("pass\nword") << ""
                                 << "wifi.psk_not_printable";
        QTest::newRow("bad utf8") << QByteArray("Home") << QByteArray("password\xC3") << ""
                                  << "wifi.psk_not_printable";
        QTest::newRow("bad address") << QByteArray("Home") << QByteArray() << "192.168.1.50"
                                     << "wifi.bad_address";
        QTest::newRow("bad prefix") << QByteArray("Home") << QByteArray() << "192.168.1.50/33"
                                    << "wifi.bad_address";
    }
    void refusals() {
        QFETCH(QByteArray, ssid);
        QFETCH(QByteArray, psk);
        QFETCH(QString, address);
        QFETCH(QString, code);
        WifiNetwork n;
        n.ssid = ssid.toStdString();
        n.passphrase = psk.toStdString();
        n.address = address.toStdString();
        const auto e = checkWifiNetwork(n);
        QVERIFY(e.has_value());
        QCOMPARE(QString::fromStdString(e->code), code);
        QCOMPARE(QString::fromStdString(e->arg("ssid")), QString::fromUtf8(ssid));
    }

    void fileNames() {
        QCOMPARE(wifiFileName(1), std::string("balena-wifi-01"));
        QCOMPARE(wifiFileName(12), std::string("balena-wifi-12"));
        for (int i = 1; i < 100; ++i) {
            QVERIFY(!networkManagerSkips(wifiFileName(i)));
        }
        QVERIFY(networkManagerSkips("resin-sample.ignore"));
        QVERIFY(networkManagerSkips("balena-wifi.Ab12cd"));
        QVERIFY(networkManagerSkips("x~"));
        QVERIFY(!networkManagerSkips("resin-wifi"));
    }
};

QTEST_GUILESS_MAIN(TestProvisionWifi)
#include "tst_provision_wifi.moc"
