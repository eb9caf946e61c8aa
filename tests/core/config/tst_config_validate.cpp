// validate(): the bad-input corpus (each problem named at its key), warnings, the schema's own
// verdicts, and edits refused only for what they introduce.
#include "core/config/checks.h"
#include "core/config/schema.h"
#include "core/config/udevrules.h"
#include "core/config/validate.h"
#include "tests/core/config/cloudconfig.h"
#include "tests/core/config/corpus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace imprint;
using namespace imprint::config;

namespace {

const char* ed25519 =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJvN/ioJlIAi1kyUOO8AXlMDpdRKLE9POQPwYS+AG1cH user@laptop";

Config withBase(const std::string& extra) {
    std::string text = R"({"deviceType": "raspberrypi4-64")";
    if (!extra.empty()) {
        text += ", " + extra;
    }
    text += "}";
    auto c = Config::parse(text);
    if (!c.ok()) {
        qFatal("test input does not parse: %s", text.c_str());
    }
    return c.value();
}

QString describe(const std::vector<Issue>& issues) {
    QStringList s;
    for (const auto& i : issues) {
        s << QString::fromStdString((i.severity == Severity::Error ? "E " : "W ") +
                                    i.error.pointer + " " + i.error.code);
    }
    return s.join(QStringLiteral("; "));
}

} // namespace

class TestConfigValidate : public QObject {
    Q_OBJECT

private slots:
    void validConfigsHaveNoErrors() {
        auto cloud = Config::parse(cloudConfigText).value();
        auto issues = validate(cloud);
        QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));

        Config full = withBase(test::fullValidConfigExtra(ed25519));
        issues = validate(full);
        QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));
    }

    // Every invalid form of the issue: each error sits at the key it is about.
    void badInputNamesTheField_data() {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("code");
        for (const auto& input : test::badConfigInputs()) {
            QTest::newRow(input.name)
                << QString::fromUtf8(input.extra) << QString::fromUtf8(input.pointer)
                << QString::fromUtf8(input.code);
        }
    }
    void badInputNamesTheField() {
        QFETCH(QString, extra);
        QFETCH(QString, pointer);
        QFETCH(QString, code);
        const auto issues = validate(withBase(extra.toStdString()));
        QVERIFY2(hasErrors(issues), qPrintable(describe(issues)));
        bool found = false;
        for (const auto& i : issues) {
            if (i.severity == Severity::Error && i.error.pointer == pointer.toStdString() &&
                i.error.code == code.toStdString()) {
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(describe(issues)));
        // Nothing else is blamed: every error is at this key or under it.
        for (const auto& i : issues) {
            if (i.severity == Severity::Error) {
                QVERIFY2(
                    QString::fromStdString(i.error.pointer).startsWith(pointer.section('/', 0, 1)),
                    qPrintable(describe(issues)));
            }
        }
    }

    void missingDeviceType() {
        auto issues = validate(Config::parse("{}").value());
        QCOMPARE(issues.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(issues[0].error.code),
                 QStringLiteral("config.missing_key"));
        QCOMPARE(QString::fromStdString(issues[0].error.pointer), QStringLiteral("/deviceType"));
    }

    void unknownKeysOfAnyTypeAreFine() {
        auto issues = validate(withBase(R"("whatever": [1, {"a": null}], "os": {"newThing": 5})"));
        QVERIFY2(issues.empty(), qPrintable(describe(issues)));
    }

    void warnings() {
        auto c = Config::parse(cloudConfigText).value();
        c.setDevelopmentMode(true);
        auto issues = validate(c, {.wifiNetworks = 2});
        QVERIFY(!hasErrors(issues));
        QStringList codes;
        for (const auto& i : issues) {
            codes << QString::fromStdString(i.error.code);
        }
        QVERIFY2(codes.contains("config.warn.dev_mode_fleet_without_keys"),
                 qPrintable(describe(issues)));
        QVERIFY(codes.contains("config.warn.wifi_without_country"));
        // With a key: the key-only login warning instead.
        c.setSshKeys({ed25519, std::string(ed25519) + " other comment"});
        issues = validate(c);
        codes.clear();
        for (const auto& i : issues) {
            codes << QString::fromStdString(i.error.code);
        }
        QVERIFY(!codes.contains("config.warn.dev_mode_fleet_without_keys"));
        QVERIFY(codes.contains("config.warn.dev_mode_with_keys"));
        QVERIFY2(codes.contains("config.ssh.duplicate"), qPrintable(describe(issues)));
        // Not a fleet config: no warning about keys.
        auto local = withBase(R"("developmentMode": true)");
        QVERIFY(validate(local).empty());
    }

    void editsAreRefusedOnlyForWhatTheyIntroduce() {
        const auto before = withBase(R"("hostname": "bad_name", "country": "GB")");
        QVERIFY(hasErrors(validate(before)));
        // Touching another key: the old problem is a warning.
        Config after = before;
        after.setPersistentLogging(true);
        auto issues = validateEdit(before, after);
        QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));
        QCOMPARE(issues.size(), std::size_t(1));
        QVERIFY(issues[0].preexisting);
        // Introducing a new problem: refused, the old one still only a warning.
        after.setCountry("XX");
        issues = validateEdit(before, after);
        QVERIFY(hasErrors(issues));
        QCOMPARE(QString::fromStdString(issues[0].error.pointer), QStringLiteral("/country"));
        QVERIFY(!issues[0].preexisting);
        // Changing the bad key to another bad value is a new problem.
        Config other = before;
        other.setHostname("still bad");
        QVERIFY(hasErrors(validateEdit(before, other)));
    }

    void countryListIsTheRealOne() {
        QCOMPARE(countryCodes().size(), std::size_t(249));
        QVERIFY(isCountryCode("GB") && isCountryCode("SS") && isCountryCode("AX"));
        QVERIFY(!isCountryCode("UK") && !isCountryCode("EU") && !isCountryCode("gb"));
        QFile f(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            QSKIP("Debian iso-codes not installed");
        }
        const auto list = QJsonDocument::fromJson(f.readAll()).object().value("3166-1").toArray();
        QCOMPARE(static_cast<std::size_t>(list.size()), countryCodes().size());
        for (const auto& entry : list) {
            QVERIFY(isCountryCode(entry.toObject().value("alpha_2").toString().toStdString()));
        }
    }

    void addresses() {
        for (const char* good : {"1.2.3.4", "255.255.255.255", "::", "::1", "2001:db8::1",
                                 "fe80::1:2:3:4", "1:2:3:4:5:6:7:8", "::ffff:10.0.0.1"}) {
            QVERIFY2(isIpAddress(good), good);
        }
        for (const char* bad : {"1.2.3", "1.2.3.4.5", "256.1.1.1", "01.1.1.1", "1:2:3:4:5:6:7:8:9",
                                "1::2::3", ":1:2", "1:2:", "g::1", ""}) {
            QVERIFY2(!isIpAddress(bad), bad);
        }
        QVERIFY(isHostOrAddress("0.pool.ntp.org"));
        QVERIFY(isHostOrAddress("time.example.com."));
        QVERIFY(!isHostOrAddress("a..b"));
        QVERIFY(!isHostOrAddress("-a.com"));
    }

    void udevContinuationLinesAndPositions() {
        QVERIFY(!checkUdevRules("KERNEL==\"sda\", \\\n  MODE=\"0666\"\n").has_value());
        auto e = checkUdevRules("# ok\nKERNEL==\"sda\"\nKERNEL==\"sdb\", MODE=~\"x\"\n");
        QVERIFY(e.has_value());
        QCOMPARE(QString::fromStdString(e->arg("line")), QStringLiteral("3"));
        QCOMPARE(QString::fromStdString(e->arg("column")), QStringLiteral("20"));
    }

    void schemaExamplesValidate() {
        const auto schema = Json::parse(schemaText());
        for (const auto& example : schema["examples"]) {
            auto issues = validate(Config(example));
            QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));
        }
        // Every key of the reference is in the schema with a description.
        for (const char* p : {"/hostname",
                              "/persistentLogging",
                              "/country",
                              "/ntpServers",
                              "/dnsServers",
                              "/developmentMode",
                              "/os/network/wifi/randomMacAddressScan",
                              "/os/network/connectivity/uri",
                              "/os/network/connectivity/interval",
                              "/os/network/connectivity/response",
                              "/os/udevRules",
                              "/os/sshKeys",
                              "/uuid",
                              "/deviceType",
                              "/applicationId",
                              "/deviceId",
                              "/userId",
                              "/registered_at",
                              "/apiKey",
                              "/deviceApiKey",
                              "/deviceApiKeys",
                              "/mixpanelToken",
                              "/initialDeviceName",
                              "/username",
                              "/applicationName",
                              "/apiEndpoint",
                              "/deltaEndpoint",
                              "/logsEndpoint",
                              "/registryEndpoint",
                              "/vpnEndpoint",
                              "/vpnPort",
                              "/listenPort",
                              "/appUpdatePollInterval",
                              "/balenaRootCA",
                              "/installer/secureboot",
                              "/os/fan/profile",
                              "/os/power/mode"}) {
            QVERIFY2(!schemaTypeAt(p).empty(), p);
        }
        QCOMPARE(schemaTypeAt("/applicationId"), std::string("integer"));
        QCOMPARE(schemaTypeAt("/os/sshKeys/0"), std::string("string"));
        QCOMPARE(schemaTypeAt("/os/udevRules/64"), std::string("string"));
        QCOMPARE(schemaTypeAt("/dnsServers"), std::string("string"));
        QCOMPARE(schemaTypeAt("/unknown"), std::string());
    }
};

QTEST_GUILESS_MAIN(TestConfigValidate)
#include "tst_config_validate.moc"
