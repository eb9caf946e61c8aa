// Config as a document: strict parsing (line/column errors, BOM, duplicates, size), edits that
// keep unknown keys and their order, and the text written back.
#include "core/config/config.h"
#include "core/config/schema.h"
#include "tests/core/config/cloudconfig.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace imprint;
using namespace imprint::config;

class TestConfigDocument : public QObject {
    Q_OBJECT

private slots:
    void schemaIsTheFileByteForByte() {
        QFile f(QStringLiteral(IMPRINT_SOURCE_DIR "/resources/schema/config.schema.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(QByteArray(schemaText().data(), static_cast<qsizetype>(schemaText().size())),
                 bytes);
        QVERIFY(bytes.size() < 1024 * 1024);
        const auto schema = parseJson(schemaText());
        QVERIFY(schema.ok());
        QCOMPARE(QString::fromStdString((*schema)["$schema"].get<std::string>()),
                 QStringLiteral("http://json-schema.org/draft-07/schema#"));
    }

    void parsesAndWritesBackInOrder() {
        auto c = Config::parse(cloudConfigText);
        QVERIFY(c.ok());
        QVERIFY(c->isFleetConfig());
        // Written back: same keys, same order, two-space indent, trailing newline.
        const std::string out = c->toText();
        QVERIFY(out.ends_with("}\n"));
        QVERIFY(out.find("\n  \"applicationName\": \"kiosks\",\n  \"applicationId\": 1234567") !=
                std::string::npos);
        QVERIFY(out.find("\"aaLegacy\"") > out.find("\"zzCloudFeature\""));
        QVERIFY(out.find("\"a\": 1.5") != std::string::npos);
        auto again = Config::parse(out);
        QVERIFY(again.ok());
        QCOMPARE(again->toText(), out);
    }

    void syntaxErrorsHaveLineAndColumn_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("truncated")
            << QByteArray("{\n  \"deviceType\": \"rpi\",\n  \"os\": {\"sshKeys\": [")
            << "json.truncated"
            << "3"
            << "22"
            << "/os/sshKeys/0";
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << "json.syntax"
            << "3"
            << "3"
            << "/a";
        QTest::newRow("single quotes") << QByteArray("{'a': 1}") << "json.syntax"
                                       << "1"
                                       << "2"
                                       << "";
        QTest::newRow("comment") << QByteArray("{\"a\": 1 // no\n}") << "json.syntax"
                                 << "1"
                                 << "9"
                                 << "/a";
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF{}") << "json.bom"
                             << "1"
                             << "1"
                             << "";
        QTest::newRow("duplicate")
            << QByteArray("{\n  \"os\": {\"hostname\": 1,\n   \"hostname\": 2}}")
            << "json.duplicate_key"
            << "3"
            << "4"
            << "/os/hostname";
        QTest::newRow("escaped duplicate")
            << QByteArray("{\"ab\": 1, \"a\\u0062\": 2}") << "json.duplicate_key"
            << "1"
            << "11"
            << "/ab";
        QTest::newRow("bad utf8") << QByteArray("{\"a\": \"\xC3\x28\"}") << "json.syntax"
                                  << "1"
                                  << "9"
                                  << "/a";
        // nlohmann throws out_of_range, not parse_error, for a number beyond a double.
        QTest::newRow("number too large") << QByteArray("{\n  \"a\": 1e999}") << "json.syntax"
                                          << "2"
                                          << "8"
                                          << "/a";
    }
    void syntaxErrorsHaveLineAndColumn() {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        QFETCH(QString, line);
        QFETCH(QString, column);
        QFETCH(QString, pointer);
        auto c = Config::parse(
            std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        QVERIFY(!c.ok());
        QCOMPARE(QString::fromStdString(c.error().code), code);
        QCOMPARE(QString::fromStdString(c.error().arg("line")), line);
        QCOMPARE(QString::fromStdString(c.error().arg("column")), column);
        QCOMPARE(QString::fromStdString(c.error().pointer), pointer);
        QVERIFY(c.error().offset.has_value());
    }

    void tenMebibytesIsRefusedBeforeParsing() {
        std::string big = "{\"deviceType\": \"x\", \"pad\": \"";
        big.append(10 * 1024 * 1024, 'a');
        big += "\"}";
        auto c = Config::parse(big);
        QVERIFY(!c.ok());
        QCOMPARE(QString::fromStdString(c.error().code), QStringLiteral("json.too_large"));
        QCOMPARE(QString::fromStdString(c.error().arg("limit")), QStringLiteral("1048576"));
    }

    void topLevelMustBeAnObject() {
        auto c = Config::parse("[1, 2]");
        QVERIFY(!c.ok());
        QCOMPARE(QString::fromStdString(c.error().code), QStringLiteral("config.not_an_object"));
    }

    void keysAsUsersTypeThem() {
        QCOMPARE(keyToPointer("os.network.connectivity.uri").value(),
                 std::string("/os/network/connectivity/uri"));
        QCOMPARE(keyToPointer("/os/udevRules/99").value(), std::string("/os/udevRules/99"));
        QCOMPARE(keyToPointer("a/b.c").value(), std::string("/a~1b/c"));
        QVERIFY(!keyToPointer("").ok());
        QVERIFY(!keyToPointer("a..b").ok());
        QVERIFY(!keyToPointer("/a~2").ok());
    }

    // Every key of the reference, set through the typed API and read back after a round trip
    // through text.
    void everyEditedKeySetAndReadBack() {
        auto c = Config::parse(cloudConfigText).value();
        c.setHostname("kiosk-7");
        c.setPersistentLogging(true);
        c.setCountry("GB");
        c.setNtpServers("time.example.com 192.168.1.1");
        c.setDnsServers("null");
        c.setDevelopmentMode(true);
        c.setRandomMacAddressScan(false);
        c.setConnectivityUri("https://example.org/check");
        c.setConnectivityInterval("300");
        c.setConnectivityResponse("");
        c.setSshKeys({"ssh-ed25519 AAAA x", "ssh-rsa BBBB y"});
        c.setUdevRule("64", "ENV{ID_FS_LABEL_ENC}==\"resin-boot\", SYMLINK+=\"disk/test\"\n");
        c.setUdevRule("56", "# a comment\n");
        auto r = Config::parse(c.toText()).value();
        QCOMPARE(r.hostname().value(), std::string("kiosk-7"));
        QCOMPARE(r.persistentLogging().value(), true);
        QCOMPARE(r.country().value(), std::string("GB"));
        QCOMPARE(r.ntpServers().value(), std::string("time.example.com 192.168.1.1"));
        QCOMPARE(r.dnsServers().value(), std::string("null"));
        QCOMPARE(r.developmentMode().value(), true);
        QCOMPARE(r.randomMacAddressScan().value(), false);
        QCOMPARE(r.connectivityUri().value(), std::string("https://example.org/check"));
        QCOMPARE(r.connectivityInterval().value(), std::string("300"));
        QCOMPARE(r.connectivityResponse().value(), std::string(""));
        QCOMPARE(r.sshKeys().size(), std::size_t(2));
        QCOMPARE(r.udevRules().size(), std::size_t(2));
        QCOMPARE(r.udevRules()[0].first, std::string("64"));
        // The OS writes uri, interval, response in this order: keep it.
        const auto& conn = r.json()["os"]["network"]["connectivity"];
        QStringList order;
        for (auto it = conn.begin(); it != conn.end(); ++it) {
            order << QString::fromStdString(it.key());
        }
        QCOMPARE(order, QStringList({"uri", "interval", "response"}));
        QVERIFY(r.json()["developmentMode"].is_boolean());
        QVERIFY(r.json()["persistentLogging"].is_boolean());
        QVERIFY(r.removeUdevRule("56"));
        QVERIFY(!r.removeUdevRule("56"));
    }

    // Unknown keys from the cloud survive every edit, value and place.
    void unknownKeysSurviveEveryEdit() {
        const auto original = Config::parse(cloudConfigText).value();
        const std::vector<std::string> unknown = {"/installer/futureFlag", "/os/cloudOnly",
                                                  "/zzCloudFeature",       "/aaLegacy",
                                                  "/mixpanelToken",        "/os/fan/profile"};
        std::vector<std::function<void(Config&)>> edits = {
            [](Config& c) { c.setHostname("a"); },
            [](Config& c) { c.setSshKeys({"k"}); },
            [](Config& c) { c.setUdevRule("1", "x"); },
            [](Config& c) { (void)c.unset("/persistentLogging"); },
            [](Config& c) { (void)c.unset("/os/udevRules"); },
            [](Config& c) { (void)c.set("/os/network/connectivity/uri", "http://a"); },
            [](Config& c) {
                c.merge(Json::parse(R"({"os": {"network": {"wifi": {"randomMacAddressScan": true}}},
                                        "hostname": "m", "newKey": [1]})"));
            },
            [](Config& c) { c.merge(Json::parse(R"({"os": {"fan": {"extra": 1}}})")); },
        };
        for (std::size_t i = 0; i < edits.size(); ++i) {
            Config c = original;
            edits[i](c);
            auto back = Config::parse(c.toText()).value();
            for (const auto& p : unknown) {
                const Json* before = original.find(p);
                const Json* after = back.find(p);
                QVERIFY2(after != nullptr, (std::to_string(i) + " " + p).c_str());
                QCOMPARE(after->dump(), before->dump());
            }
            // Top-level order of the original keys is unchanged.
            std::vector<std::string> keysBefore;
            std::vector<std::string> keysAfter;
            for (auto it = original.json().begin(); it != original.json().end(); ++it) {
                if (back.json().contains(it.key())) {
                    keysBefore.push_back(it.key());
                }
            }
            for (auto it = back.json().begin(); it != back.json().end(); ++it) {
                if (original.json().contains(it.key())) {
                    keysAfter.push_back(it.key());
                }
            }
            QVERIFY(keysBefore == keysAfter);
        }
    }

    void mergeReplacesArraysAndScalars() {
        Config c =
            Config::parse(R"({"os": {"sshKeys": ["a", "b"], "x": {"y": 1, "z": 2}}, "n": 1})")
                .value();
        c.merge(Json::parse(R"({"os": {"sshKeys": ["c"], "x": {"z": 3, "w": 4}}, "n": "s"})"));
        QCOMPARE(QString::fromStdString(c.json().dump()),
                 QStringLiteral(R"({"os":{"sshKeys":["c"],"x":{"y":1,"z":3,"w":4}},"n":"s"})"));
    }

    void setRefusesToWalkThroughAValue() {
        Config c = Config::parse(R"({"os": "oops"})").value();
        auto r = c.set("/os/network/wifi/randomMacAddressScan", true);
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().code), QStringLiteral("config.not_an_object"));
        QCOMPARE(QString::fromStdString(r.error().pointer), QStringLiteral("/os"));
        QVERIFY(c.set("/os2/sshKeys", Json::array()).ok());
        QVERIFY(c.set("/os2/sshKeys/-", "k").ok());
        QVERIFY(c.set("/os2/sshKeys/0", "k2").ok());
        QVERIFY(!c.set("/os2/sshKeys/5", "k3").ok());
        QCOMPARE(QString::fromStdString(c.json()["os2"].dump()),
                 QStringLiteral(R"({"sshKeys":["k2"]})"));
    }

    void secretsAreMasked() {
        const auto c = Config::parse(cloudConfigText).value();
        Json doc = c.json();
        doc["deviceApiKeys"] = {{"api.balena-cloud.com", "s3cret"}};
        const std::string masked = maskSecrets(doc).dump();
        QVERIFY(masked.find("Xq3vS9kL2mN8pR4tW7yZ1aB5cD6eF0gH") == std::string::npos);
        QVERIFY(masked.find("s3cret") == std::string::npos);
        QVERIFY(masked.find("\"apiKey\":\"********\"") != std::string::npos);
        QVERIFY(masked.find("kiosks") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "tst_config_document.moc"
