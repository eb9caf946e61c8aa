// Connection files people already have (`imprint configure --connection FILE`, `imprint profile
// save --connection FILE`) and the listing of every connection on an image (`imprint config
// list-connections`, `imprint inspect`), run as a user would: GLib reads each written file and
// gives the values of the given one, unknown keys included; bad files are refused naming the
// file, group and key with the image byte-identical (sha256); secrets are masked everywhere
// unless --show-secrets.
#include "tests/core/config/cloudconfig.h"
#include "tests/core/provision/bootimage.h"
#include "tests/core/provision/connectioncases.h"
#include "tests/support/clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace imprint;
using imprint::test::mread;
using imprint::test::runImprint;

namespace {

const QByteArray kHome = "[connection]\nid=Home WiFi\nuuid=5b0a0b7e-3f11-4c36-9a66-1f3d1a0c2e11\n"
                         "type=wifi\nautoconnect-retries=3\n\n[wifi]\nmode=infrastructure\n"
                         "ssid=Home;Net\n\n[wifi-security]\nkey-mgmt=wpa-psk\n"
                         "psk=Pa55;w=rd#1\n\n[ipv4]\nmethod=auto\n\n[ipv6]\nmethod=ignore\n\n"
                         "[x-custom]\nanswer=42\n";
const QByteArray kCampus = "# exported from a laptop\n[connection]\nid=campus/eduroam\n"
                           "type=802-11-wireless\n\n[802-11-wireless]\nssid=eduroam\n\n"
                           "[802-11-wireless-security]\nkey-mgmt=wpa-eap\n\n[802-1x]\n"
                           "ca-cert=certs/ca.pem\neap=peap;\nidentity=bob@uni.example\n"
                           "password=Eap-s3cret\nphase2-auth=mschapv2\n\n[ipv4]\nmethod=auto\n";
const QByteArray kWired = "[connection]\nid=wired\ntype=ethernet\n\n[ethernet]\n"
                          "mac-address=52:54:00:12:34:56\nmtu=1400\n\n[ipv4]\n"
                          "address1=10.0.2.15/24,10.0.2.2\ndns=10.0.2.3;\nmethod=manual\n\n"
                          "[ipv6]\naddress1=fec0::15/64\nmethod=manual\n";
const QByteArray kLte = "[connection]\nid=lte\ntype=gsm\n\n[gsm]\napn=internet\npin=918273\n\n"
                        "[ipv6]\nmethod=disabled\n";

const char* const kSecrets[] = {"Pa55;w=rd#1", "Eap-s3cret", "918273"};

} // namespace

class TestCliConnections : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString image_;
    QByteArray ca_;

    QString put(const QString& name, const QByteArray& data) {
        const QString path = dir_.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(data);
        return path;
    }

    // The four files imported, and a typed connection whose id clashes with one of them.
    test::CliRun configureAll() {
        return runImprint({"configure", image_, "--connection", put("home.nmconnection", kHome),
                           "--connection", put("campus.nmconnection", kCampus), "--connection",
                           put("wired.nmconnection", kWired), "--connection",
                           put("lte.nmconnection", kLte), "--ethernet", "wired", "--backup",
                           dir_.filePath("backup"), "--yes"});
    }

    static void noSecretsIn(const test::CliRun& r) {
        for (const char* secret : kSecrets) {
            QVERIFY2(!r.out.contains(QLatin1String(secret)) &&
                         !r.err.contains(QLatin1String(secret)),
                     secret);
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        ca_ = QByteArray::fromStdString(test::makePems().certificate);
        QVERIFY(!ca_.isEmpty());
        put("certs/ca.pem", ca_);
        put("bad.pem", "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n");
        qputenv("IMPRINT_PROFILE_DIR", dir_.filePath("profiles").toUtf8());
    }

    void init() {
        image_ = dir_.filePath(QStringLiteral("net.img"));
        QVERIFY(test::makeBootImage(image_, cloudConfigText).isEmpty());
    }

    void importedFilesReadTheSame() {
        const auto r = configureAll();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        noSecretsIn(r);
        // Two imported WiFi networks and no country on the image: the country is asked for.
        QVERIFY2(r.err.contains(QLatin1String("WiFi networks: 2, but no country")),
                 qPrintable(r.err));
        const std::pair<const char*, QByteArray> files[] = {
            {"Home WiFi", kHome}, {"campus_eduroam", kCampus}, {"wired-2", kWired}, {"lte", kLte}};
        for (const auto& [name, given] : files) {
            bool present = false;
            const QByteArray written =
                mread(image_, QStringLiteral("system-connections/") + name, &present);
            QVERIFY2(present, name);
            auto want = test::meaning(test::GlibKeyFile::read(given));
            auto got = test::meaning(test::GlibKeyFile::read(written));
            QVERIFY2(!got.isEmpty(), name);
            if (want.contains("802-1x.ca-cert")) {
                QCOMPARE(test::GlibKeyFile::read(written).string("802-1x", "ca-cert").value_or(""),
                         QByteArray("/mnt/boot/system-connections/certs/campus_eduroam-ca.pem"));
                want.remove("802-1x.ca-cert");
                got.remove("802-1x.ca-cert");
            }
            QCOMPARE(got, want);
        }
        // Byte for byte where nothing had to change; the typed connection keeps its own name.
        QCOMPARE(mread(image_, "system-connections/Home WiFi"), kHome);
        QCOMPARE(mread(image_, "system-connections/certs/campus_eduroam-ca.pem"), ca_);
        QVERIFY(mread(image_, "system-connections/wired").contains("type=ethernet"));
        QCOMPARE(test::fsckBoot(image_).exitCode, 0);
    }

    void badFilesAreRefused_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("named");
        QByteArray prefix = kWired;
        QTest::newRow("/33") << prefix.replace("10.0.2.15/24", "10.0.2.15/33")
                             << "bad.nmconnection, [ipv4] address1: ";
        QByteArray psk = kHome;
        QTest::newRow("psk of 7") << psk.replace("Pa55;w=rd#1", "1234567")
                                  << "bad.nmconnection, [wifi-security] psk: ";
        QByteArray pem = kCampus;
        QTest::newRow("non-PEM") << pem.replace("certs/ca.pem", "bad.pem")
                                 << "bad.nmconnection, [802-1x] ca-cert: ";
        QTest::newRow("garbage") << QByteArray("\x7f"
                                               "ELF\x02\x01\x01\0\0\0\xff\xfe\x80",
                                               13)
                                 << "bad.nmconnection";
        QTest::newRow("10 MiB") << QByteArray(10 << 20, '#') << "bad.nmconnection";
        QByteArray cert = kCampus;
        QTest::newRow("missing cert") << cert.replace("certs/ca.pem", "nowhere.pem")
                                      << "bad.nmconnection, [802-1x] ca-cert: ";
    }
    void badFilesAreRefused() {
        QFETCH(QByteArray, text);
        QFETCH(QString, named);
        const QByteArray before = test::contentDigest(image_);
        const auto r = runImprint(
            {"configure", image_, "--connection", put("bad.nmconnection", text), "--yes"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("1234567")));
        QCOMPARE(test::contentDigest(image_), before);
    }

    void listConnectionsShowsEveryKind() {
        QCOMPARE(configureAll().exitCode, 0);
        const auto text = runImprint({"config", "list-connections", image_});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        noSecretsIn(text);
        for (const char* shown :
             {"campus/eduroam (system-connections/campus_eduroam)", "enterprise (peap)",
              "\"Home;Net\", wpa-psk", "IPv4: manual 10.0.2.15/24, gateway 10.0.2.2",
              "IPv6: manual fec0::15/64", "gsm.pin = ********", "IPv6: disabled",
              "resin-sample (system-connections/resin-sample.ignore)"}) {
            QVERIFY2(text.out.contains(QString::fromUtf8(shown)), shown);
        }
        const auto json = runImprint({"config", "list-connections", image_, "--json"});
        QCOMPARE(json.exitCode, 0);
        noSecretsIn(json);
        const QJsonArray list =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value("connections").toArray();
        QCOMPARE(list.size(), 6); // four imported, the typed one, the sample
        QJsonObject byFile;
        for (const auto& v : list) {
            byFile.insert(v.toObject().value("file").toString(), v);
        }
        const QJsonObject wired = byFile.value("wired-2").toObject();
        QCOMPARE(wired.value("type").toString(), QStringLiteral("ethernet"));
        QCOMPARE(wired.value("ipv4").toObject().value("addresses").toArray().first().toString(),
                 QStringLiteral("10.0.2.15/24"));
        QCOMPARE(wired.value("ipv6").toObject().value("method").toString(),
                 QStringLiteral("manual"));
        const QJsonObject home = byFile.value("Home WiFi").toObject();
        QCOMPARE(home.value("ssid").toString(), QStringLiteral("Home;Net"));
        QCOMPARE(home.value("security").toString(), QStringLiteral("wpa-psk"));
        QCOMPARE(home.value("secrets").toObject().value("wifi-security.psk").toString(),
                 QStringLiteral("********"));
        QVERIFY(byFile.value("resin-sample.ignore")
                    .toObject()
                    .value("ignoredByNetworkManager")
                    .toBool());
        const auto shown = runImprint({"config", "list-connections", image_, "--show-secrets"});
        const auto shownJson =
            runImprint({"config", "list-connections", image_, "--json", "--show-secrets"});
        for (const char* secret : kSecrets) {
            QVERIFY2(shown.out.contains(QLatin1String(secret)), secret);
            QVERIFY2(shownJson.out.contains(QLatin1String(secret)), secret);
        }
    }

    void inspectShowsThem() {
        QCOMPARE(configureAll().exitCode, 0);
        const auto text = runImprint({"inspect", image_});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        noSecretsIn(text);
        QVERIFY(text.out.contains(QLatin1String("Connections:")));
        QVERIFY(text.out.contains(QLatin1String("lte (system-connections/lte)")));
        const auto json = runImprint({"inspect", image_, "--json"});
        noSecretsIn(json);
        const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8())
                                    .object()
                                    .value("boot")
                                    .toObject()
                                    .value("connections")
                                    .toArray();
        QCOMPARE(list.size(), 5); // NetworkManager skips the sample
    }

    void profilesKeepImports() {
        const auto saved = runImprint(
            {"profile", "save", "office", "--connection", put("campus.nmconnection", kCampus)});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        const auto shown = runImprint({"profile", "show", "office"});
        QCOMPARE(shown.exitCode, 0);
        noSecretsIn(shown);
        QVERIFY(shown.out.contains(QLatin1String("importedConnections")));
        QVERIFY(runImprint({"profile", "show", "office", "--show-secrets"})
                    .out.contains(QLatin1String("Eap-s3cret")));
        const auto bad =
            runImprint({"profile", "save", "broken", "--connection",
                        put("b.nmconnection", QByteArray(kLte).replace("918273", "x"))});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("b.nmconnection, [gsm] pin: ")),
                 qPrintable(bad.err));
        const auto r = runImprint({"configure", image_, "--profile", "office", "--yes", "--backup",
                                   dir_.filePath("backup")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(mread(image_, "system-connections/certs/campus_eduroam-ca.pem"), ca_);
    }

    void helpNamesTheOptions() {
        QVERIFY(runImprint({"configure", "--help"}).out.contains(QLatin1String("--connection")));
        QVERIFY(
            runImprint({"profile", "save", "--help"}).out.contains(QLatin1String("--connection")));
        QVERIFY(runImprint({"config", "list-connections", "--help"})
                    .out.contains(QLatin1String("--show-secrets")));
    }
};

QTEST_GUILESS_MAIN(TestCliConnections)
#include "tst_cli_connections.moc"
