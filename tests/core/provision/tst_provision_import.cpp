// Imported NetworkManager keyfiles: GLib's GKeyFile reads the written file and gives back every
// value of the one given (unknown groups and keys too, byte for byte; the certificate paths as
// the device sees them); bad files are refused naming the file, the group and the key; the file
// names never clash and never leave system-connections/; secrets are masked; profiles keep them.
#include "core/provision/importedconnection.h"
#include "core/provision/profile.h"
#include "tests/core/provision/connectioncases.h"

#include <QTest>

using namespace imprint;
using namespace imprint::provision;
using namespace imprint::test;

namespace {

// A keyfile as NetworkManager or a person writes it: comments, an unknown group and keys, a
// certificate path, odd values GLib escapes.
const std::string kCampus = "# from nmcli\n"
                            "[connection]\n"
                            "id=Campus/Lab\n"
                            "uuid=0d6b7ab4-2f2f-4fb8-9d9a-9b3b0a1f0c55\n"
                            "type=wifi\n"
                            "interface-name=wlan0\n"
                            "permissions=\n"
                            "\n"
                            "[wifi]\n"
                            "mode=infrastructure\n"
                            "ssid=eduroam\n"
                            "\n"
                            "[wifi-security]\n"
                            "key-mgmt=wpa-eap\n"
                            "\n"
                            "[802-1x]\n"
                            "ca-cert=/home/me/certs/ca.pem\n"
                            "eap=peap;\n"
                            "identity=bob@uni.example\n"
                            "password=se;cr=et#\\s\n"
                            "phase2-auth=mschapv2\n"
                            "\n"
                            "[ipv4]\n"
                            "address1=192.168.7.20/24,192.168.7.1\n"
                            "dns=192.168.7.1;\n"
                            "method=manual\n"
                            "may-fail=false\n"
                            "\n"
                            "[ipv6]\n"
                            "addr-gen-mode=default\n"
                            "method=ignore\n"
                            "\n"
                            "[x-vendor]\n"
                            "note=Grüße \\t tab\n";

std::string withLine(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

ImportedConnection campus(const std::string& ca) {
    return {"campus.nmconnection", kCampus, {{"ca-cert", ca}}};
}

} // namespace

class TestProvisionImport : public QObject {
    Q_OBJECT

    Pems pems_;

private slots:
    void initTestCase() {
        pems_ = makePems();
        QVERIFY(!pems_.certificate.empty());
    }

    void glibReadsTheSameValues() {
        const auto imported = campus(pems_.certificate);
        const auto problem = checkImportedConnection(imported);
        QVERIFY2(!problem, problem ? problem->code.c_str() : "");
        const auto files = importedConnectionFiles(imported, "Campus_Lab");
        QCOMPARE(files.size(), std::size_t(2));
        QCOMPARE(files[0].path, std::string("system-connections/Campus_Lab"));
        QVERIFY(files[0].secret);
        QCOMPARE(files[1].path, std::string("system-connections/certs/Campus_Lab-ca.pem"));
        QCOMPARE(files[1].content, pems_.certificate);
        const auto given = GlibKeyFile::read(QByteArray::fromStdString(kCampus));
        const auto written = GlibKeyFile::read(QByteArray::fromStdString(files[0].content));
        QVERIFY2(given.loaded() && written.loaded(), qPrintable(written.why()));
        QCOMPARE(written.groupNames(), given.groupNames());
        for (const QString& g : given.groupNames()) {
            QCOMPARE(written.keys(g), given.keys(g));
            for (const QString& k : given.keys(g)) {
                if (k != "ca-cert") {
                    QCOMPARE(written.string(g, k).value_or("<none>"),
                             given.string(g, k).value_or("<none>"));
                }
            }
        }
        QCOMPARE(written.string("802-1x", "ca-cert").value_or(""),
                 QByteArray("/mnt/boot/system-connections/certs/Campus_Lab-ca.pem"));
        QCOMPARE(written.string("802-1x", "password").value_or(""), QByteArray("se;cr=et# "));
        QCOMPARE(written.string("x-vendor", "note").value_or(""), QByteArray("Grüße \t tab"));
        // Every byte but the certificate's path is the given one.
        QCOMPARE(files[0].content,
                 withLine(kCampus, "ca-cert=/home/me/certs/ca.pem",
                          "ca-cert=/mnt/boot/system-connections/certs/Campus_Lab-ca.pem"));
    }

    void badFilesNameTheKey_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("detail");
        const auto row = [](const char* name, const std::string& text, const char* code,
                            const char* group, const char* key, const char* detail) {
            QTest::newRow(name) << QByteArray::fromStdString(text) << code << group << key
                                << detail;
        };
        row("/33 prefix", withLine(kCampus, "192.168.7.20/24", "192.168.7.20/33"), "import.bad_key",
            "ipv4", "address1", "ip.bad_prefix");
        row("gateway outside", withLine(kCampus, ",192.168.7.1", ",10.0.0.1"), "import.bad_key",
            "ipv4", "address1", "ip.gateway_outside");
        const std::string psk = "[connection]\nid=home\ntype=802-11-wireless\n\n"
                                "[802-11-wireless]\nssid=Home\n\n[802-11-wireless-security]\n"
                                "key-mgmt=wpa-psk\npsk=1234567\n";
        row("psk of 7", psk, "import.bad_key", "802-11-wireless-security", "psk",
            "wifi.psk_too_short");
        row("no identity", withLine(kCampus, "identity=bob@uni.example\n", ""), "import.bad_key",
            "802-1x", "identity", "connection.identity_missing");
        row("no id", withLine(kCampus, "id=Campus/Lab\n", ""), "import.key_missing", "connection",
            "id", "");
        row("vpn", withLine(kCampus, "type=wifi", "type=vpn"), "import.bad_value", "connection",
            "type", "");
        row("ipv4 method", withLine(kCampus, "method=manual", "method=static"), "import.bad_value",
            "ipv4", "method", "");
        row("PIN of letters", "[connection]\nid=lte\ntype=gsm\n[gsm]\napn=internet\npin=abcd\n",
            "import.bad_key", "gsm", "pin", "connection.bad_pin");
        row("bad mac", "[connection]\nid=e\ntype=ethernet\n[ethernet]\nmac-address=xx\n",
            "import.bad_key", "ethernet", "mac-address", "connection.bad_mac");
        row("garbage",
            std::string("\x7f"
                        "ELF\x02\x01\x01\0\0\xff\xfe",
                        11),
            "import.not_text", "", "", "");
        row("10 MiB", std::string(10 << 20, '#'), "import.too_large", "", "", "");
    }
    void badFilesNameTheKey() {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        QFETCH(QString, group);
        QFETCH(QString, key);
        QFETCH(QString, detail);
        const ImportedConnection imported{
            "bad.nmconnection", text.toStdString(), {{"ca-cert", pems_.certificate}}};
        const auto e = checkImportedConnection(imported);
        QVERIFY(e.has_value());
        QCOMPARE(QString::fromStdString(e->code), code);
        QCOMPARE(e->arg("file"), std::string("bad.nmconnection"));
        QCOMPARE(QString::fromStdString(e->arg("group")), group);
        QCOMPARE(QString::fromStdString(e->arg("key")), key);
        QCOMPARE(QString::fromStdString(e->arg("detail")), detail);
        for (const auto& a : e->args) {
            QVERIFY2(a.value.find("1234567") == std::string::npos, a.name.c_str());
        }
    }

    void certificatesAreChecked() {
        const auto notPem = checkImportedConnection(campus("-----BEGIN CERTIFICATE-----\nx!\n"));
        QVERIFY(notPem.has_value());
        QCOMPARE(notPem->arg("key"), std::string("ca-cert"));
        QCOMPARE(notPem->arg("detail"), std::string("connection.not_pem"));
        const auto missing = checkImportedConnection({"c", kCampus, {}});
        QVERIFY(missing.has_value());
        QCOMPARE(missing->code, std::string("import.certificate_missing"));
        QCOMPARE(missing->arg("path"), std::string("/home/me/certs/ca.pem"));
        const auto refs = certificateReferences(withLine(kCampus, "=/home", "=file:///home"));
        QCOMPARE(refs.size(), std::size_t(1));
        QCOMPARE(refs[0].path, std::string("/home/me/certs/ca.pem"));
    }

    void fileNamesAreSafeAndDistinct() {
        const auto named = [](const std::string& id) {
            return ImportedConnection{"f", "[connection]\nid=" + id + "\ntype=ethernet\n", {}};
        };
        const auto names =
            importedFileNames({named("../../etc/passwd"), named("Wired"), named("wired"),
                               named("x.ignore"), named("balena-wifi-01"), named(""), named(" . ")},
                              {"wired"});
        const std::vector<std::string> expected{
            "imported-.._.._etc_passwd", "Wired-2",  "wired-3",   "imported-x.ignore_",
            "imported-balena-wifi-01",   "imported", "imported-2"};
        QVERIFY(names == expected);
        for (const auto& n : names) {
            QVERIFY(!networkManagerSkips(n));
        }
    }

    void secretsAreMasked() {
        const std::string text = "[wifi-security]\npsk=Hunter2-pass\npsk-flags=0\n[802-1x]\n"
                                 "private-key-password=k3y\n[gsm]\npin=1234\n";
        const std::string masked = maskKeyfileSecrets(text);
        QCOMPARE(masked, std::string("[wifi-security]\npsk=********\npsk-flags=0\n[802-1x]\n"
                                     "private-key-password=********\n[gsm]\npin=********\n"));
    }

    // An imported WiFi network needs the WiFi country like one typed in (the plan warns).
    void importedWifiCountsForTheCountry() {
        const ImportedConnection wired{
            "wired.nmconnection", "[connection]\nid=wired\ntype=ethernet\n", {}};
        QCOMPARE(wifiConnectionCount({}, {campus(pems_.certificate), wired}), 1);
        Connection typedWifi;
        Connection ethernet;
        ethernet.kind = ConnectionKind::Ethernet;
        QCOMPARE(wifiConnectionCount({typedWifi, ethernet}, {campus(pems_.certificate)}), 2);
        QCOMPARE(wifiConnectionCount({ethernet}, {wired}), 0);
    }

    void profilesKeepThem() {
        Profile p;
        p.importedConnections.push_back(campus(pems_.certificate));
        const auto back = Profile::fromJson(p.toJson(true));
        QVERIFY(back.ok());
        QVERIFY(*back == p);
        const std::string shown = p.toJson(false).dump();
        QVERIFY(shown.find("se;cr=et") == std::string::npos);
        QVERIFY(shown.find("bob@uni.example") != std::string::npos);
        QVERIFY(Profile::parse(R"({"version": 1, "hostname": "old"})").ok());
        const auto wrong = Profile::parse(R"({"importedConnections": [{"file": "a"}]})");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().pointer, std::string("/importedConnections/0/keyfile"));
        Profile bad;
        bad.importedConnections.push_back(
            {"b", withLine(kCampus, "/24,", "/33,"), {{"ca-cert", pems_.certificate}}});
        const auto issues = bad.check();
        QCOMPARE(issues.size(), std::size_t(1));
        QCOMPARE(issues[0].error.pointer, std::string("/importedConnections/0/keyfile"));
    }
};

QTEST_GUILESS_MAIN(TestProvisionImport)
#include "tst_provision_import.moc"
