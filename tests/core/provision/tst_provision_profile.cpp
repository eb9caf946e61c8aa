// Profile: saved and loaded unchanged, wrong types named at their pointer, applied to a cloud
// config.json without losing its unknown keys, and its own problems found.
#include "core/provision/profile.h"
#include "tests/core/config/cloudconfig.h"

#include <QTest>

using namespace imprint;
using namespace imprint::provision;

class TestProvisionProfile : public QObject {
    Q_OBJECT

private slots:
    void saveAndLoad() {
        Profile p;
        p.baseConfig = config::Json::parse(cloudConfigText);
        p.hostname = "kiosk-1";
        WifiNetwork home;
        home.ssid = "Home";
        home.passphrase = "pass=word;#\"";
        WifiNetwork office;
        office.ssid = "Office";
        office.hidden = true;
        office.priority = 5;
        office.address = "10.0.0.5/8";
        office.gateway = "10.0.0.1";
        office.dns = {"10.0.0.2"};
        p.networks = {home, office};
        p.existingConnections = ExistingConnections::Replace;
        p.sshKeys = {"ssh-ed25519 AAAA"};
        p.udevRules = {{"64", "KERNEL==\"sda\"\n"}};
        p.logo = "/tmp/logo.png";
        p.developmentMode = true;
        p.persistentLogging = false;
        p.country = "GB";
        p.ntpServers = "pool.ntp.org";
        p.dnsServers = "null";
        p.connectivityUri = "https://example.org/c";
        p.connectivityInterval = "60";
        p.connectivityResponse = "";
        p.randomMacAddressScan = true;
        auto back = Profile::parse(p.toText());
        QVERIFY(back.ok());
        QVERIFY(back.value() == p);
        // Masked form never shows the pass phrase or the API key.
        const std::string masked = p.toJson(false).dump();
        QVERIFY(masked.find("pass=word") == std::string::npos);
        QVERIFY(masked.find("Xq3vS9kL2mN8pR4tW7yZ1aB5cD6eF0gH") == std::string::npos);
    }

    void wrongTypesNameTheField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("hostname") << R"({"hostname": 5})"
                                  << "/hostname";
        QTest::newRow("dev") << R"({"developmentMode": "yes"})"
                             << "/developmentMode";
        QTest::newRow("networks") << R"({"networks": {}})"
                                  << "/networks";
        QTest::newRow("ssid") << R"({"networks": [{"ssid": "a"}, {"ssid": 1}]})"
                              << "/networks/1/ssid";
        QTest::newRow("no ssid") << R"({"networks": [{"passphrase": "aaaaaaaa"}]})"
                                 << "/networks/0/ssid";
        QTest::newRow("dns") << R"({"networks": [{"ssid": "a", "ipv4": {"dns": [1]}}]})"
                             << "/networks/0/ipv4/dns/0";
        QTest::newRow("keys") << R"({"sshKeys": [true]})"
                              << "/sshKeys/0";
        QTest::newRow("rules") << R"({"udevRules": {"a": []}})"
                               << "/udevRules/a";
        QTest::newRow("existing") << R"({"existingConnections": "drop"})"
                                  << "/existingConnections";
        QTest::newRow("connectivity") << R"({"connectivity": {"interval": 5}})"
                                      << "/connectivity/interval";
        QTest::newRow("base") << R"({"baseConfig": []})"
                              << "/baseConfig";
    }
    void wrongTypesNameTheField() {
        QFETCH(QString, text);
        QFETCH(QString, pointer);
        auto p = Profile::parse(text.toStdString());
        QVERIFY(!p.ok());
        QCOMPARE(QString::fromStdString(p.error().pointer), pointer);
    }

    void applyKeepsUnknownKeysAndAddsKeysOnce() {
        const auto cloud = config::Config::parse(cloudConfigText).value();
        Profile p;
        p.hostname = "kiosk-2";
        p.baseConfig =
            config::Json::parse(R"({"os": {"fan": {"profile": "cool"}}, "extraFromBase": 1})");
        const std::string key =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJvN/ioJlIAi1kyUOO8AXlMDpdRKLE9POQPwYS+AG1cH a";
        p.sshKeys = {key, key + " other comment"};
        p.udevRules = {{"64", "KERNEL==\"sda\""}};
        p.connectivityInterval = "300";
        const auto out = p.applyTo(cloud);
        QCOMPARE(out.hostname().value(), std::string("kiosk-2"));
        QCOMPARE(out.sshKeys().size(), std::size_t(1));
        QCOMPARE(out.find("/os/fan/profile")->get<std::string>(), std::string("cool"));
        QCOMPARE(out.find("/os/cloudOnly")->dump(), cloud.find("/os/cloudOnly")->dump());
        QCOMPARE(out.find("/zzCloudFeature")->dump(), cloud.find("/zzCloudFeature")->dump());
        QCOMPARE(out.find("/apiKey")->dump(), cloud.find("/apiKey")->dump());
        QVERIFY(out.find("/extraFromBase") != nullptr);
        // Applying twice changes nothing more.
        QVERIFY(p.applyTo(out) == out);
        QVERIFY(!config::hasErrors(config::validateEdit(cloud, out)));
    }

    void checkPointsIntoTheProfile() {
        Profile p;
        WifiNetwork ok;
        ok.ssid = "Home";
        ok.passphrase = "12345678";
        WifiNetwork shortPsk;
        shortPsk.ssid = "Cafe";
        shortPsk.passphrase = "1234567";
        WifiNetwork longSsid;
        longSsid.ssid = std::string(65, 'x');
        p.networks = {ok, shortPsk, longSsid, ok};
        p.udevRules = {{"bad/name", "KERNEL==\"sda\""}};
        const auto issues = p.check();
        QStringList got;
        for (const auto& i : issues) {
            got << QString::fromStdString(i.error.pointer + " " + i.error.code);
        }
        QCOMPARE(got, QStringList({"/networks/1/passphrase wifi.psk_too_short",
                                   "/networks/2/ssid wifi.ssid_too_long",
                                   "/networks/3/ssid profile.duplicate_network",
                                   "/udevRules/bad~1name udev.bad_name"}));
        QVERIFY(config::hasErrors(issues));
    }
};

QTEST_GUILESS_MAIN(TestProvisionProfile)
#include "tst_provision_profile.moc"
