// The `imprint schema`, `imprint config` and `imprint configure` commands run as a user would,
// on config.json files and on real images judged by mtools: typed values, every edited key
// written and read back, the bad-input corpus refused with the field named and the image
// byte-identical afterwards, secrets masked.
#include "tests/core/config/cloudconfig.h"
#include "tests/core/config/corpus.h"
#include "tests/core/provision/bootimage.h"
#include "tests/support/clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>

using imprint::test::runImprint;
using Json = nlohmann::ordered_json;

namespace {

const char* keyA =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJvN/ioJlIAi1kyUOO8AXlMDpdRKLE9POQPwYS+AG1cH user@laptop";
const char* keyB =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHij1rZdI9KiTiTsu1BU4U4aqpS6zCXuCzlxoYJbwOqu ops@fleet";

bool writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliConfig : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString image_;

    QString path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        image_ = path("cli.img");
        const QString error = imprint::test::makeBootImage(image_, cloudConfigText);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(writeFile(path("a.pub"), QByteArray(keyA) + "\n"));
        QVERIFY(writeFile(path("b.pub"), QByteArray("# ops key\n") + keyB + "\n"));
        QVERIFY(writeFile(path("64.rules"),
                          "ENV{ID_FS_LABEL_ENC}==\"resin-boot\", SYMLINK+=\"disk/test\"\n"));
        QCOMPARE(imprint::test::shell(
                     QStringLiteral("convert -size 240x90 xc:orange '%1'").arg(path("logo.png")))
                     .exitCode,
                 0);
    }

    void schemaPrintsTheFile() {
        const auto r = runImprint({"schema"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.toUtf8(), readFile(QStringLiteral(IMPRINT_SOURCE_DIR
                                                         "/resources/schema/config.schema.json")));
    }

    void validateFiles() {
        QVERIFY(writeFile(path("good.json"), cloudConfigText));
        auto r = runImprint({"config", "validate", path("good.json")});
        QCOMPARE(r.exitCode, 0);
        for (const auto& input : imprint::test::badConfigInputs()) {
            QVERIFY(writeFile(path("bad.json"),
                              QByteArray("{\"deviceType\": \"rpi\", ") + input.extra + "}"));
            r = runImprint({"config", "validate", path("bad.json")});
            QVERIFY2(r.exitCode == 2, input.name);
            QVERIFY2(r.out.contains(QString::fromUtf8(input.pointer) + ": "),
                     qPrintable(QString(input.name) + ": " + r.out));
            r = runImprint({"config", "validate", "--json", path("bad.json")});
            const auto o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(o.value("valid").toBool(true), false);
            QVERIFY(r.out.contains(QString::fromUtf8(input.code)));
        }
    }

    void unreadableJsonIsNamed_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF{\"deviceType\": \"x\"}")
                             << "byte order mark";
        QTest::newRow("duplicate")
            << QByteArray("{\"deviceType\": \"x\",\n \"hostname\": \"a\",\n \"hostname\": \"b\"}")
            << "/hostname: The key \"hostname\" appears twice";
        QTest::newRow("truncated")
            << QByteArray("{\"deviceType\": \"x\", \"os\": {\"sshKeys\": [\"ssh")
            << "/os/sshKeys/0: The JSON ends too early";
        QByteArray big =
            "{\"deviceType\": \"x\", \"pad\": \"" + QByteArray(10 * 1024 * 1024, 'a') + "\"}";
        QTest::newRow("10 MiB") << big << "may be at most 1048576 bytes";
    }
    void unreadableJsonIsNamed() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QVERIFY(writeFile(path("broken.json"), text));
        const auto r = runImprint({"config", "validate", path("broken.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        // The same file injected into an image: refused, the image unchanged.
        const QByteArray before = imprint::test::contentDigest(image_);
        const auto inject = runImprint({"config", "inject", image_, path("broken.json")});
        QCOMPARE(inject.exitCode, 2);
        QCOMPARE(imprint::test::contentDigest(image_), before);
    }

    void typedValuesOnAFile() {
        const QString f = path("typed.json");
        QVERIFY(writeFile(f, cloudConfigText));
        const auto set = [&](const QStringList& args) {
            return runImprint(QStringList{"config", "set", f} + args);
        };
        QCOMPARE(set({"dnsServers", "null"}).exitCode, 0);
        QCOMPARE(set({"persistentLogging", "true"}).exitCode, 0);
        QCOMPARE(set({"applicationId", "99"}).exitCode, 0);
        QCOMPARE(set({"customThing", "{\"a\": [1, 2]}"}).exitCode, 0);
        QCOMPARE(set({"--string", "customString", "42"}).exitCode, 0);
        QCOMPARE(set({"customWord", "hello"}).exitCode, 0);
        QCOMPARE(set({"/os/udevRules/99", "KERNEL==\"sda\""}).exitCode, 0);
        QCOMPARE(set({"persistentLogging", "yes"}).exitCode, 2);
        QCOMPARE(set({"applicationId", "\"7\""}).exitCode, 2);
        const auto j = Json::parse(readFile(f).toStdString());
        QVERIFY(j["dnsServers"] == "null");
        QVERIFY(j["persistentLogging"] == true);
        QVERIFY(j["applicationId"] == 99);
        QCOMPARE(QString::fromStdString(j["customThing"].dump()), QStringLiteral("{\"a\":[1,2]}"));
        QVERIFY(j["customString"] == "42");
        QVERIFY(j["customWord"] == "hello");
        QVERIFY(j["os"]["udevRules"]["99"] == "KERNEL==\"sda\"");
        QVERIFY(readFile(f).endsWith("}\n"));
        // get: strings raw, the rest as JSON; secrets masked unless asked.
        QCOMPARE(runImprint({"config", "get", f, "dnsServers"}).out, QStringLiteral("null\n"));
        QCOMPARE(runImprint({"config", "get", f, "os.udevRules"}).out,
                 QStringLiteral("{\"99\":\"KERNEL==\\\"sda\\\"\"}\n"));
        QCOMPARE(runImprint({"config", "get", f, "apiKey"}).out, QStringLiteral("********\n"));
        QCOMPARE(runImprint({"config", "get", f, "apiKey", "--show-secrets"}).out,
                 QStringLiteral("Xq3vS9kL2mN8pR4tW7yZ1aB5cD6eF0gH\n"));
        QVERIFY(
            !runImprint({"config", "show", f}).out.contains("Xq3vS9kL2mN8pR4tW7yZ1aB5cD6eF0gH"));
        QCOMPARE(runImprint({"config", "unset", f, "customWord"}).exitCode, 0);
        QVERIFY(!Json::parse(readFile(f).toStdString()).contains("customWord"));
        QCOMPARE(runImprint({"config", "get", f, "customWord"}).exitCode, 1);
    }

    // Every key the tool edits, set on the image and read back through mtools.
    void everyKeySetOnTheImageAndReadBack() {
        const QList<QStringList> sets = {
            {"hostname", "kiosk-9"},
            {"persistentLogging", "true"},
            {"country", "DE"},
            {"ntpServers", "time.example.com 10.1.1.1"},
            {"dnsServers", "1.1.1.1 9.9.9.9"},
            {"developmentMode", "false"},
            {"os.network.wifi.randomMacAddressScan", "true"},
            {"os.network.connectivity.uri", "https://example.org/check"},
            {"os.network.connectivity.interval", "300"},
            {"os.network.connectivity.response", ""},
            {"os.udevRules", "{\"64\": \"KERNEL==\\\"sda\\\", SYMLINK+=\\\"disk/x\\\"\"}"},
            {"os.sshKeys", QStringLiteral("[\"%1\", \"%2\"]").arg(keyA, keyB)},
            {"uuid", "0123456789abcdef0123456789abcdef"},
            {"deviceType", "raspberrypi4-64"},
            {"applicationId", "1234567"},
            {"deviceId", "7654321"},
            {"userId", "42"},
            {"registered_at", "1700000000"},
            {"apiKey", "newkey"},
            {"deviceApiKey", "devkey"},
            {"deviceApiKeys", "{\"api.balena-cloud.com\": \"k\"}"},
            {"mixpanelToken", "tok"},
            {"initialDeviceName", "lobby"},
            {"username", "owner"},
            {"applicationName", "fleet"},
            {"apiEndpoint", "https://api.example.com"},
            {"deltaEndpoint", "https://delta.example.com"},
            {"logsEndpoint", "https://logs.example.com"},
            {"registryEndpoint", "registry.example.com"},
            {"vpnEndpoint", "vpn.example.com"},
            {"vpnPort", "443"},
            {"listenPort", "48484"},
            {"appUpdatePollInterval", "600000"},
            {"balenaRootCA", "TUlJQg=="},
            {"installer.secureboot", "true"},
            {"os.fan.profile", "cool"},
            {"os.power.mode", "low"},
        };
        Json expected = Json::parse(cloudConfigText);
        for (const auto& s : sets) {
            const auto r =
                runImprint({"config", "set", image_, s[0], s[1], "--backup", path("backups")});
            QVERIFY2(r.exitCode == 0, qPrintable(s.join(' ') + ": " + r.err));
            std::string pointer = "/" + s[0].toStdString();
            std::replace(pointer.begin(), pointer.end(), '.', '/');
            Json value;
            try {
                value = Json::parse(s[1].toStdString());
                const bool stringKey = s[0] == "hostname" || s[0] == "country" ||
                                       s[0].contains("connectivity") || s[0] == "ntpServers" ||
                                       s[0] == "dnsServers" || s[0].endsWith("Token") ||
                                       s[0] == "apiKey" || s[0] == "deviceApiKey" || s[0] == "uuid";
                if (stringKey) {
                    value = s[1].toStdString();
                }
            } catch (const Json::exception&) {
                value = s[1].toStdString();
            }
            expected[Json::json_pointer(pointer)] = value;
        }
        const auto onImage = Json::parse(imprint::test::mread(image_, "config.json").toStdString());
        QCOMPARE(QString::fromStdString(onImage.dump()), QString::fromStdString(expected.dump()));
        QCOMPARE(imprint::test::fsckBoot(image_).exitCode, 0);
        const auto v = runImprint({"config", "validate", image_});
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    }

    void refusedEditsLeaveTheImageByteIdentical_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("hostname") << QStringList{"config", "set", "IMG", "hostname", "bad_name"}
                                  << "/hostname";
        QTest::newRow("type") << QStringList{"config", "set", "IMG", "persistentLogging", "maybe"}
                              << "/persistentLogging";
        QTest::newRow("country") << QStringList{"config", "set", "IMG", "country", "UK"}
                                 << "/country";
        QTest::newRow("dns") << QStringList{"config", "set", "IMG", "dnsServers", "dns.google"}
                             << "/dnsServers";
        QTest::newRow("interval") << QStringList{"config", "set", "IMG",
                                                 "os.network.connectivity.interval", "5m"}
                                  << "/os/network/connectivity/interval";
        QTest::newRow("uri") << QStringList{"config", "set", "IMG", "os.network.connectivity.uri",
                                            "ftp://x"}
                             << "/os/network/connectivity/uri";
        QTest::newRow("ssh") << QStringList{"config", "set", "IMG", "os.sshKeys",
                                            "[\"ssh-rsa AAAA\"]"}
                             << "/os/sshKeys/0";
        QTest::newRow("unset deviceType")
            << QStringList{"config", "unset", "IMG", "deviceType"} << "/deviceType";
        QTest::newRow("65-byte ssid")
            << QStringList{"configure", "IMG", "--wifi", QString(65, 's')} << "/networks/0/ssid";
        QTest::newRow("7-char psk")
            << QStringList{"configure", "IMG", "--wifi", "Home", "--wifi-psk", "1234567"}
            << "/networks/0/passphrase";
        QTest::newRow("non-png logo")
            << QStringList{"configure", "IMG", "--logo", "A.PUB"} << "/logo";
        QTest::newRow("udev") << QStringList{"configure", "IMG", "--udev-rule", "../x=RULES"}
                              << "/udevRules/..~1x";
        QTest::newRow("dev without keys on a fleet")
            << QStringList{"configure", "IMG", "--hostname=bad_host", "--dev"} << "/hostname";
    }
    void refusedEditsLeaveTheImageByteIdentical() {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        args.replaceInStrings(QStringLiteral("IMG"), image_);
        args.replaceInStrings(QStringLiteral("A.PUB"), path("a.pub"));
        args.replaceInStrings(QStringLiteral("RULES"), path("64.rules"));
        const QByteArray before = imprint::test::contentDigest(image_);
        const auto r = runImprint(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named + ": "), qPrintable(r.err));
        QCOMPARE(imprint::test::contentDigest(image_), before);
    }

    void configureEverything() {
        const QString img = path("configure.img");
        QVERIFY(imprint::test::makeBootImage(img, cloudConfigText).isEmpty());
        const QStringList args{"configure",
                               img,
                               "--hostname",
                               "lobby-1",
                               "--wifi",
                               "Home",
                               "--wifi-psk",
                               "pa ss=wo;rd#",
                               "--wifi",
                               "Cafe",
                               "--ssh-key",
                               path("a.pub"),
                               "--ssh-key",
                               path("b.pub"),
                               "--udev-rule",
                               "64=" + path("64.rules"),
                               "--logo",
                               path("logo.png"),
                               "--dev",
                               "--country",
                               "GB",
                               "--backup",
                               path("cfg-backup")};
        const QByteArray before = imprint::test::contentDigest(img);
        auto dry = runImprint(QStringList(args) << "--dry-run");
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains("create  system-connections/balena-wifi-02"));
        QVERIFY(!dry.out.contains("Xq3vS9kL2mN8pR4tW7yZ1aB5cD6eF0gH"));
        QVERIFY(dry.err.contains("2375"));
        QCOMPARE(imprint::test::contentDigest(img), before);
        auto r = runImprint(QStringList(args) << "--json");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(plan.value("applied").toBool(), true);
        QVERIFY(!r.out.contains("pa ss=wo;rd#"));
        const auto cfg = Json::parse(imprint::test::mread(img, "config.json").toStdString());
        QVERIFY(cfg["hostname"] == "lobby-1");
        QVERIFY(cfg["developmentMode"] == true);
        QCOMPARE(cfg["os"]["sshKeys"].size(), std::size_t(2));
        QVERIFY(cfg["zzCloudFeature"] == Json::parse(cloudConfigText)["zzCloudFeature"]);
        QVERIFY(imprint::test::mread(img, "system-connections/balena-wifi-01")
                    .contains("psk=pa ss=wo;rd#\n"));
        QVERIFY(!imprint::test::mread(img, "system-connections/balena-wifi-02")
                     .contains("[wifi-security]"));
        QCOMPARE(imprint::test::mread(img, "splash/resin-logo.png"), readFile(path("logo.png")));
        QCOMPARE(imprint::test::fsckBoot(img).exitCode, 0);
        QVERIFY(QFile::exists(path("cfg-backup") + "/config.json"));
    }

    // A person at a terminal is asked before anything is written; a script never is.
    void configureAsksOnlyAtATerminal() {
        const QString img = path("ask.img");
        QVERIFY(imprint::test::makeBootImage(img, cloudConfigText).isEmpty());
        const QByteArray before = imprint::test::contentDigest(img);
        // stdin is a pipe here: no question, applied.
        auto piped = runImprint(
            {"configure", img, "--hostname", "piped", "--backup", path("ask-backup")}, "n\n");
        QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
        QVERIFY2(!piped.err.contains("[y/N]"), qPrintable(piped.err));
        QVERIFY(Json::parse(imprint::test::mread(img, "config.json").toStdString())["hostname"] ==
                "piped");
        QVERIFY(imprint::test::contentDigest(img) != before);

        // On a terminal (script(1) gives it one): "n" writes nothing and exits 4, "y" writes.
        const auto atTerminal = [&](const QStringList& extra, const QByteArray& answer) {
            QStringList command{QStringLiteral(IMPRINT_BIN_DIR "/imprint"), "configure", img,
                                "--backup", path("ask-backup")};
            command << extra;
            for (QString& a : command) {
                a = "'" + a + "'";
            }
            QProcess p;
            p.start(QStringLiteral("script"), {"-qec", command.join(' '), "/dev/null"});
            p.waitForStarted();
            p.write(answer);
            p.waitForFinished(120000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
        };
        const QByteArray piped_ = imprint::test::contentDigest(img);
        auto [no, noText] = atTerminal({"--hostname", "declined"}, "n\n");
        QCOMPARE(no, 4);
        QVERIFY2(noText.contains("[y/N]") && noText.contains("Nothing was written"),
                 qPrintable(noText));
        QCOMPARE(imprint::test::contentDigest(img), piped_);
        auto [yes, yesText] = atTerminal({"--hostname", "accepted"}, "y\n");
        QVERIFY2(yes == 0 && yesText.contains("[y/N]"), qPrintable(yesText));
        QVERIFY(Json::parse(imprint::test::mread(img, "config.json").toStdString())["hostname"] ==
                "accepted");
        auto [forced, forcedText] = atTerminal({"--hostname", "forced", "--yes"}, "");
        QVERIFY2(forced == 0 && !forcedText.contains("[y/N]"), qPrintable(forcedText));
        QVERIFY(Json::parse(imprint::test::mread(img, "config.json").toStdString())["hostname"] ==
                "forced");
    }

    // --partition N: another FAT partition is configured; a missing or non-FAT one is refused.
    void configureChosenPartition() {
        const QString img = path("parts.img");
        QVERIFY(imprint::test::makeBootImage(img, cloudConfigText).isEmpty());
        const QByteArray before = imprint::test::contentDigest(img);
        for (const char* n : {"9", "0", "x", "2"}) { // 2 is not FAT yet
            const auto r = runImprint({"configure", img, "--partition", n, "--hostname", "p"});
            QVERIFY2(r.exitCode == 2, qPrintable(QString::fromLatin1(n) + ": " + r.err));
            QVERIFY(!r.err.isEmpty());
        }
        QCOMPARE(imprint::test::contentDigest(img), before);
        // Partition 2 becomes a FAT volume with its own config.json.
        const qint64 second = (8192 + 100 * 2048) * qint64{512};
        const QString at = img + "@@" + QString::number(second);
        QCOMPARE(imprint::test::shell(
                     QStringLiteral("mkfs.fat -F 16 -S 512 --offset %1 '%2' 65536 >/dev/null && "
                                    "printf '{\"deviceType\": \"rpi\"}' > '%3' && "
                                    "MTOOLS_SKIP_CHECK=1 mcopy -i '%4' '%3' ::config.json")
                         .arg(second / 512)
                         .arg(img, path("second.json"), at))
                     .exitCode,
                 0);
        const auto r = runImprint({"configure", img, "--partition", "2", "--hostname", "second",
                                   "--backup", path("parts-backup")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto cat = imprint::test::shell(
            QStringLiteral("MTOOLS_SKIP_CHECK=1 mcopy -n -i '%1' ::config.json -").arg(at));
        QVERIFY2(cat.out.contains("\"hostname\": \"second\""), cat.out.constData());
        // The labelled boot partition was left alone.
        QVERIFY(Json::parse(imprint::test::mread(img, "config.json").toStdString())["hostname"] ==
                Json::parse(cloudConfigText)["hostname"]);
    }
};

QTEST_GUILESS_MAIN(TestCliConfig)
#include "tst_cli_config.moc"
