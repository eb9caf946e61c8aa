// Connections (WiFi personal and enterprise, Ethernet, gsm) as NetworkManager keyfiles, judged by
// GLib's GKeyFile (every value reads back) and by NetworkManager's own nmcli, which makes the same
// connection from the same values (the two keyfiles mean the same) and loads the certificates
// Imprint stores; bad input is refused naming the field, where nmcli refuses it too.
#include "core/provision/connection.h"
#include "core/provision/wifi.h"
#include "tests/core/provision/connectioncases.h"
#include "tests/support/testscale.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace imprint;
using namespace imprint::provision;
using namespace imprint::test;

namespace {

GlibKeyFile glibRead(const std::string& text) {
    auto f = GlibKeyFile::read(QByteArray::fromStdString(text));
    if (!f.loaded()) {
        qFatal("GLib refused the keyfile: %s\n%s", qPrintable(f.why()), text.c_str());
    }
    return f;
}

Connection wifi(std::string id, std::string ssid, WifiSecurity security, std::string psk) {
    Connection c;
    c.id = std::move(id);
    c.wifi.ssid = std::move(ssid);
    c.wifi.security = security;
    c.wifi.passphrase = std::move(psk);
    return c;
}

Connection enterprise(std::string id, EapMethod eap, const Pems& pems) {
    Connection c = wifi(std::move(id), "Campus", WifiSecurity::Enterprise, "");
    c.wifi.enterprise.eap = eap;
    c.wifi.enterprise.identity = "student@uni.example";
    c.wifi.enterprise.caCertificate = pems.certificate;
    if (eap == EapMethod::Tls) {
        c.wifi.enterprise.clientCertificate = pems.certificate;
        c.wifi.enterprise.privateKey = pems.key;
    } else {
        c.wifi.enterprise.password = "s3cret; =#\"'";
        c.wifi.enterprise.anonymousIdentity = "anonymous@uni.example";
    }
    return c;
}

Connection staticEthernet() {
    Connection c;
    c.kind = ConnectionKind::Ethernet;
    c.id = "wired";
    c.macAddress = "52:54:00:ab:CD:56";
    c.priority = 20;
    c.ipv4 = {IpMethod::Manual,        {"10.0.2.15/24", "192.168.7.2/16"}, "10.0.2.2",
              {"10.0.2.3", "1.1.1.1"}, {"lab.example", "example.org"},     50};
    c.ipv6 = {IpMethod::Manual, {"fd00::15/64"}, "fd00::2", {"fd00::3"}, {}, 60};
    return c;
}

Connection cellular() {
    Connection c;
    c.kind = ConnectionKind::Gsm;
    c.id = "cellular";
    c.gsm = {"internet.example", "user", "pa ss;#=", "1234"};
    c.ipv6.method = IpMethod::Disabled;
    return c;
}

// A random string of `length` characters from those that trip up keyfile writers.
std::string oddText(QRandomGenerator& rng, int length) {
    static const QStringList pieces{"a",  "Z", "7", " ", ";",  "=", "#", "\"", "'",
                                    "\\", "[", "]", "é", "密", "✓", ",", "$",  "%"};
    QString s;
    while (s.toUtf8().size() < length) {
        s += pieces.at(static_cast<int>(rng.bounded(static_cast<quint32>(pieces.size()))));
    }
    return s.toStdString();
}

} // namespace

Q_DECLARE_METATYPE(imprint::provision::Connection)

class TestProvisionConnection : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    Pems pems_;

    // nmcli's keyfile for the same values, or its refusal (exit code not 0).
    ToolRun nmcli(const Connection& c) {
        return runTool(QStringLiteral("nmcli"), nmcliArgs(c, QDir(dir_.path())));
    }

    void sameAsNmcli(const Connection& c) {
        QVERIFY2(!checkConnection(c).has_value(), checkConnection(c)->code.c_str());
        const auto files = connectionFiles(c);
        const ToolRun r = nmcli(c);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto ours = meaning(glibRead(files.front().content));
        const auto theirs = meaning(glibRead(r.out.toStdString()));
        QCOMPARE(ours, theirs);
    }

private slots:
    void initTestCase() {
        for (const char* tool : {"nmcli", "openssl"}) {
            if (!toolInstalled(QLatin1String(tool))) {
                QFAIL(qPrintable(QStringLiteral("%1 is needed (packaging/debian-deps.txt)")
                                     .arg(QLatin1String(tool))));
            }
        }
        QVERIFY(dir_.isValid());
        pems_ = makePems();
        QVERIFY(!pems_.certificate.empty() && !pems_.key.empty());
    }

    void sameAsNmcli_data() {
        QTest::addColumn<Connection>("connection");
        Connection hidden = wifi("home", "My Network", WifiSecurity::WpaPsk, "pass=word;#\"x");
        hidden.wifi.hidden = true;
        hidden.priority = 5;
        hidden.wifi.band = "a";
        hidden.wifi.bssid = "00:11:22:AA:bb:cc";
        QTest::newRow("wpa-psk hidden band bssid") << hidden;
        QTest::newRow("open") << wifi("cafe", "Café ☕", WifiSecurity::Open, "");
        QTest::newRow("sae") << wifi("wpa3", "a;b", WifiSecurity::Sae, "correct horse é");
        QTest::newRow("transition")
            << wifi("mixed", "Mixed", WifiSecurity::Transition, std::string(64, 'f'));
        QTest::newRow("peap") << enterprise("peap", EapMethod::Peap, pems_);
        Connection ttls = enterprise("ttls", EapMethod::Ttls, pems_);
        ttls.wifi.enterprise.innerAuth = InnerAuth::Pap;
        ttls.wifi.enterprise.caCertificate.clear();
        QTest::newRow("ttls pap, no ca") << ttls;
        QTest::newRow("tls") << enterprise("tls", EapMethod::Tls, pems_);
        QTest::newRow("static ethernet") << staticEthernet();
        Connection dhcp;
        dhcp.kind = ConnectionKind::Ethernet;
        dhcp.id = "dhcp";
        QTest::newRow("dhcp ethernet") << dhcp;
        Connection local = dhcp;
        local.ipv4.method = IpMethod::LinkLocal;
        local.ipv6.method = IpMethod::LinkLocal;
        QTest::newRow("link-local") << local;
        Connection off = dhcp;
        off.ipv4.method = IpMethod::Disabled;
        off.ipv6 = {IpMethod::Auto, {}, {}, {"2001:4860:4860::8888"}, {"example.net"}, 10};
        QTest::newRow("ipv4 off, ipv6 auto with dns") << off;
        QTest::newRow("gsm") << cellular();
        Connection bare = cellular();
        bare.gsm = {"m2m.example", "", "", ""};
        QTest::newRow("gsm, apn alone") << bare;
    }
    void sameAsNmcli() {
        QFETCH(Connection, connection);
        sameAsNmcli(connection);
    }

    // Odd SSIDs, pass phrases, identities and passwords: GLib reads back each value, and nmcli
    // makes the same connection from it.
    void generatedValuesRoundTrip() {
        QRandomGenerator rng(19);
        int accepted = 0;
        for (int i = 0; i < 24 * testScale(); ++i) {
            const auto security =
                std::array{WifiSecurity::WpaPsk, WifiSecurity::Sae, WifiSecurity::Transition,
                           WifiSecurity::Enterprise}[static_cast<std::size_t>(i % 4)];
            Connection c = wifi("gen-" + std::to_string(i), oddText(rng, 1 + rng.bounded(31)),
                                security, oddText(rng, 8 + rng.bounded(50)));
            if (i % 8 == 0) {
                c.wifi.passphrase = QByteArray::number(rng.generate64(), 16)
                                        .rightJustified(16, '0')
                                        .repeated(4)
                                        .toStdString();
            }
            if (security == WifiSecurity::Enterprise) {
                c.wifi.passphrase.clear();
                c.wifi.enterprise.identity = oddText(rng, 1 + rng.bounded(20));
                c.wifi.enterprise.password = oddText(rng, 1 + rng.bounded(40));
            }
            if (checkConnection(c)) {
                continue; // too long in bytes, or a raw key where SAE takes none
            }
            ++accepted;
            const auto f = glibRead(connectionFiles(c).front().content);
            const auto m = meaning(f);
            QCOMPARE(m.value("wifi.ssid").toStdString(), c.wifi.ssid);
            if (security == WifiSecurity::Enterprise) {
                QCOMPARE(m.value("802-1x.identity").toStdString(), c.wifi.enterprise.identity);
                QCOMPARE(m.value("802-1x.password").toStdString(), c.wifi.enterprise.password);
            } else {
                QCOMPARE(m.value("wifi-security.psk").toStdString(), c.wifi.passphrase);
            }
            sameAsNmcli(c);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        QVERIFY(accepted >= 12 * testScale());
    }

    void certificatesBesideTheKeyfile() {
        const auto files = connectionFiles(enterprise("corp", EapMethod::Tls, pems_));
        QCOMPARE(files.size(), std::size_t(4));
        QCOMPARE(files[0].path, std::string("system-connections/corp"));
        QVERIFY(files[0].secret);
        const auto f = glibRead(files[0].content);
        const std::pair<const char*, std::size_t> keys[] = {
            {"ca-cert", 1}, {"client-cert", 2}, {"private-key", 3}};
        for (const auto& [key, index] : keys) {
            QVERIFY(files[index].path.starts_with("system-connections/certs/corp-"));
            QCOMPARE(f.string("802-1x", key).value().toStdString(),
                     "/mnt/boot/" + files[index].path);
            QVERIFY(!networkManagerSkips(files[index].path.substr(files[index].path.rfind('/'))));
        }
        QCOMPARE(files[3].content, pems_.key);
        QVERIFY(files[3].secret);
        QVERIFY(!files[1].secret);
    }

    void refusals_data() {
        QTest::addColumn<Connection>("connection");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<bool>("nmcliRefuses");
        const auto row = [](const char* name, Connection base,
                            const std::function<void(Connection&)>& f, const char* code,
                            const char* pointer, bool nm) {
            f(base);
            QTest::newRow(name) << base << QString(code) << QString(pointer) << nm;
        };
        const Connection eth = staticEthernet();
        const Connection psk = wifi("w", "Home", WifiSecurity::WpaPsk, "password");
        row(
            "/33", eth, [](Connection& c) { c.ipv4.addresses[0] = "10.0.2.15/33"; },
            "ip.bad_prefix", "/ipv4/addresses/0", true);
        row(
            "/129", eth, [](Connection& c) { c.ipv6.addresses[0] = "fd00::1/129"; },
            "ip.bad_prefix", "/ipv6/addresses/0", true);
        row(
            "no prefix", eth, [](Connection& c) { c.ipv4.addresses[1] = "10.0.0.1/"; },
            "ip.bad_prefix", "/ipv4/addresses/1", true);
        row(
            "v6 in v4", eth, [](Connection& c) { c.ipv4.addresses[0] = "fd00::1/64"; },
            "ip.bad_address", "/ipv4/addresses/0", true);
        row(
            "gateway outside", eth, [](Connection& c) { c.ipv4.gateway = "10.0.3.1"; },
            "ip.gateway_outside", "/ipv4/gateway", false);
        row(
            "v6 gateway outside", eth, [](Connection& c) { c.ipv6.gateway = "fd01::1"; },
            "ip.gateway_outside", "/ipv6/gateway", false);
        row(
            "manual, no address", eth, [](Connection& c) { c.ipv4.addresses.clear(); },
            "ip.addresses_missing", "/ipv4/addresses", true);
        row(
            "disabled with dns", eth,
            [](Connection& c) { c.ipv6 = {IpMethod::Disabled, {}, {}, {"fd00::3"}, {}, {}}; },
            "ip.not_for_method", "/ipv6/dns", true);
        row(
            "bad dns", eth, [](Connection& c) { c.ipv4.dns[1] = "1.1.1"; }, "ip.bad_dns",
            "/ipv4/dns/1", true);
        row(
            "bad search", eth, [](Connection& c) { c.ipv4.dnsSearch[0] = "bad domain"; },
            "ip.bad_search", "/ipv4/dnsSearch/0", false);
        row(
            "metric", eth, [](Connection& c) { c.ipv4.routeMetric = -1; }, "ip.bad_metric",
            "/ipv4/routeMetric", false);
        row(
            "mac", eth, [](Connection& c) { c.macAddress = "52:54:00:12:34"; },
            "connection.bad_mac", "/macAddress", true);
        row(
            "ignored id", eth, [](Connection& c) { c.id = "wired.ignore"; }, "connection.bad_id",
            "/id", false);
        row(
            "slash id", eth, [](Connection& c) { c.id = "a/b"; }, "connection.bad_id", "/id",
            false);
        row(
            "priority", psk, [](Connection& c) { c.priority = 1000; }, "connection.bad_priority",
            "/priority", false);
        row(
            "short psk", psk, [](Connection& c) { c.wifi.passphrase = "1234567"; },
            "wifi.psk_too_short", "/wifi/passphrase", false);
        row(
            "no psk", psk, [](Connection& c) { c.wifi.passphrase.clear(); },
            "connection.passphrase_missing", "/wifi/passphrase", false);
        row(
            "psk on open", psk, [](Connection& c) { c.wifi.security = WifiSecurity::Open; },
            "connection.passphrase_not_allowed", "/wifi/passphrase", false);
        row(
            "sae raw key", psk,
            [](Connection& c) {
                c.wifi.security = WifiSecurity::Sae;
                c.wifi.passphrase = std::string(64, 'a');
            },
            "connection.sae_raw_key", "/wifi/passphrase", false);
        row(
            "33-byte ssid", psk, [](Connection& c) { c.wifi.ssid = std::string(33, 's'); },
            "wifi.ssid_too_long", "/wifi/ssid", true);
        row(
            "band", psk, [](Connection& c) { c.wifi.band = "6ghz"; }, "connection.bad_band",
            "/wifi/band", true);
        row(
            "bssid", psk, [](Connection& c) { c.wifi.bssid = "00:11:22:33:44:GG"; },
            "connection.bad_bssid", "/wifi/bssid", true);
        const Connection peap = enterprise("e", EapMethod::Peap, pems_);
        row(
            "no identity", peap, [](Connection& c) { c.wifi.enterprise.identity.clear(); },
            "connection.identity_missing", "/wifi/enterprise/identity", false);
        row(
            "no password", peap, [](Connection& c) { c.wifi.enterprise.password.clear(); },
            "connection.password_missing", "/wifi/enterprise/password", false);
        row(
            "non-PEM ca", peap,
            [](Connection& c) { c.wifi.enterprise.caCertificate = "not a certificate\n"; },
            "connection.not_pem", "/wifi/enterprise/caCertificate", true);
        row(
            "key as ca", peap,
            [this](Connection& c) { c.wifi.enterprise.caCertificate = pems_.key; },
            "connection.not_pem", "/wifi/enterprise/caCertificate", false);
        row(
            "cut certificate", peap,
            [](Connection& c) {
                auto& pem = c.wifi.enterprise.caCertificate;
                pem = pem.substr(0, pem.find("-----END"));
            },
            "connection.not_pem", "/wifi/enterprise/caCertificate", true);
        const Connection tls = enterprise("t", EapMethod::Tls, pems_);
        row(
            "tls without key", tls, [](Connection& c) { c.wifi.enterprise.privateKey.clear(); },
            "connection.certificate_missing", "/wifi/enterprise/privateKey", false);
        row(
            "identity line break", tls, [](Connection& c) { c.wifi.enterprise.identity = "a\nb"; },
            "connection.bad_text", "/wifi/enterprise/identity", false);
        row(
            "pin of letters", cellular(), [](Connection& c) { c.gsm.pin = "abcd"; },
            "connection.bad_pin", "/gsm/pin", false);
        row(
            "short pin", cellular(), [](Connection& c) { c.gsm.pin = "123"; }, "connection.bad_pin",
            "/gsm/pin", false);
        row(
            "apn", cellular(), [](Connection& c) { c.gsm.apn = "bad apn"; }, "connection.bad_apn",
            "/gsm/apn", true);
    }
    void refusals() {
        QFETCH(Connection, connection);
        QFETCH(QString, code);
        QFETCH(QString, pointer);
        QFETCH(bool, nmcliRefuses);
        const auto e = checkConnection(connection);
        QVERIFY(e.has_value());
        QCOMPARE(QString::fromStdString(e->code), code);
        QCOMPARE(QString::fromStdString(e->pointer), pointer);
        QCOMPARE(e->arg("id"), connection.id);
        for (const auto& a : e->args) { // secrets are never repeated in an error
            QVERIFY(connection.gsm.pin.empty() ||
                    a.value.find(connection.gsm.pin) == std::string::npos);
        }
        if (nmcliRefuses) {
            QVERIFY2(nmcli(connection).exitCode != 0, "nmcli accepted it");
        }
    }

    // The WiFi keyfile of earlier versions is unchanged, byte for byte.
    void wifiNetworkOutputUnchanged() {
        WifiNetwork n;
        n.ssid = "My Network";
        n.passphrase = "the pass phrase";
        n.hidden = true;
        QCOMPARE(wifiKeyfile(n, "balena-wifi-01"),
                 std::string("[connection]\nid=balena-wifi-01\ntype=wifi\n\n[wifi]\nhidden=true\n"
                             "mode=infrastructure\nssid=My Network\n\n[wifi-security]\n"
                             "auth-alg=open\nkey-mgmt=wpa-psk\npsk=the pass phrase\n\n[ipv4]\n"
                             "method=auto\n\n[ipv6]\naddr-gen-mode=stable-privacy\nmethod=auto\n"));
        n.ssid = "a;b";
        QVERIFY(wifiKeyfile(n, "x").find("ssid=97;59;98;\n") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestProvisionConnection)
#include "tst_provision_connection.moc"
