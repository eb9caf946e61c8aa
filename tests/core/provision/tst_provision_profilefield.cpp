// ProfileField: a text value set as a Profile's setting, a yes/no refused at its pointer unless
// "true" or "false", SSH keys taken line by line and config.json values as JSON or as text.
#include "core/provision/profilefield.h"

#include <QTest>

#include <algorithm>

using namespace imprint;
using namespace imprint::provision;

class TestProvisionProfileField : public QObject {
    Q_OBJECT

private slots:
    void textFieldsTakeAnyText() {
        Profile p;
        QVERIFY(setField(p, fields::hostname, "kiosk-1").ok());
        QVERIFY(setField(p, fields::connectivityUri, "").ok());
        QCOMPARE(p.hostname.value_or(""), std::string("kiosk-1"));
        QCOMPARE(p.connectivityUri.value_or("x"), std::string());
    }

    void flagsTakeTrueOrFalse() {
        Profile p;
        QVERIFY(setField(p, fields::developmentMode, "true").ok());
        QVERIFY(setField(p, fields::randomMacAddressScan, "false").ok());
        QVERIFY(p.developmentMode == std::optional(true));
        QVERIFY(p.randomMacAddressScan == std::optional(false));
        auto bad = setField(p, fields::persistentLogging, "yes");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, std::string("profile.bad_value"));
        QCOMPARE(bad.error().pointer, std::string("/persistentLogging"));
        QVERIFY(!p.persistentLogging);
        QVERIFY(!setField(p, fields::developmentMode, "TRUE").ok());
    }

    void everyFieldOnce() {
        std::vector<std::string_view> pointers;
        for (const auto& f : profileFields()) {
            QVERIFY((f.text == nullptr) != (f.flag == nullptr));
            pointers.push_back(f.pointer);
        }
        std::sort(pointers.begin(), pointers.end());
        QVERIFY(std::adjacent_find(pointers.begin(), pointers.end()) == pointers.end());
        QCOMPARE(pointers.size(), std::size_t(11));
    }

    void sshKeysLineByLine() {
        Profile p;
        addSshKeys(p, "# mine\n  ssh-ed25519 AAAA a@b \r\n\n\tssh-rsa BBBB\n");
        QVERIFY((p.sshKeys == std::vector<std::string>{"ssh-ed25519 AAAA a@b", "ssh-rsa BBBB"}));
    }

    void configValuesAsJsonOrText() {
        Profile p;
        QVERIFY(setConfigValue(p, "/os/fan/level", "3").ok());
        QVERIFY(setConfigValue(p, "/os/fan/name", "quiet fan").ok());
        QVERIFY(setConfigValue(p, "/os/fan/on", "true").ok());
        QVERIFY(p.baseConfig["os"]["fan"]["level"] == config::Json(3));
        QVERIFY(p.baseConfig["os"]["fan"]["name"] == config::Json("quiet fan"));
        QVERIFY(p.baseConfig["os"]["fan"]["on"] == config::Json(true));
        auto bad = setConfigValue(p, "/os/fan/name/x", "1");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, std::string("config.not_an_object"));
        QCOMPARE(bad.error().pointer, std::string("/baseConfig/os/fan/name/x"));
        // A number is a key where nothing is yet, and an array grows by one at most (a manifest
        // column config.a.4444444444 once grew an array to that size).
        QVERIFY(setConfigValue(p, "/os/pins/4444444444", "1").ok());
        QVERIFY(p.baseConfig["os"]["pins"].is_object());
        p.baseConfig["list"] = config::Json::array({1});
        QVERIFY(setConfigValue(p, "/list/1", "2").ok());
        QVERIFY(!setConfigValue(p, "/list/4444444444", "2").ok());
        QCOMPARE(p.baseConfig["list"].size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestProvisionProfileField)
#include "tst_provision_profilefield.moc"
