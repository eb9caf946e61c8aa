// Manifests and devices of imprint batch without an image: CSV quoting, JSON rows, templates,
// generated uuids, duplicates, the column a problem is reported at, and a message for every
// batch.* code the fleet sources can return.
#include "app/common/batch/devices.h"
#include "app/common/batch/manifest.h"
#include "app/common/errortext.h"
#include "app/common/profiles/profileref.h"
#include "app/common/profiles/targetprofiles.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace imprint;
using namespace imprint::app;
using namespace imprint::app::batch;

namespace {
Manifest parse(const QByteArray& text) {
    auto m = parseManifest(text, QStringLiteral("test"));
    if (!m) {
        qWarning("%s", m.error().code.c_str());
        return {};
    }
    return std::move(m).value();
}

QString arg(const Error& e, const char* name) {
    for (const auto& a : e.args) {
        if (a.name == name) {
            return QString::fromStdString(a.value);
        }
    }
    return {};
}
} // namespace

class TestManifest : public QObject {
    Q_OBJECT
private slots:
    void csvQuotingAndLines() {
        const auto m = parse("hostname,wifi_ssid,config.a.b\r\n"
                             "one,\"cafe, \"\"upstairs\"\"\",1\r\n"
                             "\n"
                             "two,\"multi\nline\",\"{\"\"x\"\": 2}\"\n");
        QCOMPARE(m.columns, (QStringList{QStringLiteral("hostname"), QStringLiteral("wifi_ssid"),
                                         QStringLiteral("config.a.b")}));
        QCOMPARE(m.rows.size(), std::size_t{2});
        QCOMPARE(m.rows[0].values[1], QStringLiteral("cafe, \"upstairs\""));
        QCOMPARE(m.rows[1].values[1], QStringLiteral("multi\nline"));
        QCOMPARE(m.rows[1].line, 4);
        QCOMPARE(m.rows[1].row, 2);
    }

    void csvErrors() {
        auto r = parseManifest("hostname,country\na,DE\nb\n", {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string("batch.csv_fields"));
        QCOMPARE(arg(r.error(), "row"), QStringLiteral("2"));
        QCOMPARE(arg(r.error(), "line"), QStringLiteral("3"));
        r = parseManifest("hostname\n\"open\n", {});
        QCOMPARE(r.error().code, std::string("batch.csv_quote"));
        r = parseManifest("hostname,hostname\na,b\n", {});
        QCOMPARE(r.error().code, std::string("batch.csv_duplicate_column"));
        r = parseManifest("hostname,config.\na,b\n", {});
        QCOMPARE(r.error().code, std::string("batch.unknown_column"));
        r = parseManifest("hostname\n", {});
        QCOMPARE(r.error().code, std::string("batch.manifest_empty"));
    }

    void jsonRows() {
        const auto m = parse(R"([{"hostname": "a", "dev_mode": true, "config.x": 5},
                                 {"uuid": null}])");
        QCOMPARE(m.rows.size(), std::size_t{2});
        const auto c = m.column(QStringLiteral("dev_mode"));
        QCOMPARE(m.rows[0].values[c], QStringLiteral("true"));
        QCOMPARE(m.rows[0].values[m.column(QStringLiteral("config.x"))], QStringLiteral("5"));
        QVERIFY(!m.rows[1].present[static_cast<std::size_t>(c)]);
        auto r = parseManifest(R"([{"hostname": ["x"]}])", {});
        QCOMPARE(r.error().code, std::string("batch.json_value"));
        r = parseManifest(R"([1])", {});
        QCOMPARE(r.error().code, std::string("batch.json_row"));
        r = parseManifest(R"([{"hostname": )", {});
        QCOMPARE(r.error().code, std::string("batch.json_invalid"));
    }

    void templatesAndProfiles() {
        const auto m = parse("hostname,uuid,wifi_ssid,wifi_psk,dev_mode,config.os.sshKeys,"
                             "config.persistentLogging\n"
                             "dev-{index:03},,net-{row.hostname},pw-{uuid},true,[],true\n"
                             "x{index},0123456789abcdef0123456789abcdef,,,false,,text\n");
        provision::Profile base;
        base.country = "FR";
        auto devices = makeDevices(m, base);
        QVERIFY(devices.ok());
        const Device& d1 = (*devices)[0];
        QCOMPARE(d1.hostname, QStringLiteral("dev-001"));
        QVERIFY(d1.uuidGenerated);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(d1.uuid).hasMatch());
        QCOMPARE(d1.profile.networks.size(), std::size_t{1});
        QCOMPARE(d1.profile.networks[0].ssid, std::string("net-dev-001"));
        QCOMPARE(QString::fromStdString(d1.profile.networks[0].passphrase),
                 QStringLiteral("pw-") + d1.uuid);
        QCOMPARE(d1.profile.developmentMode, std::optional<bool>(true));
        QCOMPARE(d1.profile.country, std::optional<std::string>("FR"));
        QVERIFY(d1.profile.baseConfig["os"]["sshKeys"].is_array());
        QVERIFY(d1.profile.baseConfig["persistentLogging"] == config::Json(true));
        QVERIFY(d1.profile.baseConfig["uuid"] == config::Json(d1.uuid.toStdString()));
        QCOMPARE(d1.outputName, QStringLiteral("dev-001.img"));
        const Device& d2 = (*devices)[1];
        QCOMPARE(d2.hostname, QStringLiteral("x2"));
        QVERIFY(!d2.uuidGenerated);
        QVERIFY(d2.profile.baseConfig["persistentLogging"] == config::Json("text"));
        QVERIFY(d2.profile.networks.empty());

        // A uuid an earlier run recorded is reused.
        auto again = makeDevices(m, base, {{1, d1.uuid}});
        QVERIFY(again.ok());
        QCOMPARE((*again)[0].uuid, d1.uuid);
        QVERIFY(!(*again)[0].uuidGenerated);
    }

    void refusals_data() {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("column");
        QTest::newRow("template") << QByteArray("hostname\na\nb-{nope}\n") << "batch.bad_template"
                                  << "2"
                                  << "hostname";
        QTest::newRow("self") << QByteArray("hostname\n{row.hostname}\n") << "batch.bad_template"
                              << "1"
                              << "hostname";
        QTest::newRow("width") << QByteArray("hostname\nx{index:99}\n") << "batch.bad_template"
                               << "1"
                               << "hostname";
        QTest::newRow("bool") << QByteArray("dev_mode\nyes\n") << "batch.bad_bool"
                              << "1"
                              << "dev_mode";
        QTest::newRow("uuid") << QByteArray("uuid\nABC\n") << "batch.bad_uuid"
                              << "1"
                              << "uuid";
        QTest::newRow("ssh") << QByteArray("ssh_key\n/no/such/key.pub\n") << "batch.ssh_key"
                             << "1"
                             << "ssh_key";
        QTest::newRow("config") << QByteArray("config.a,config.a.b\n1,2\n")
                                << "batch.bad_config_value"
                                << "1"
                                << "config.a.b";
        QTest::newRow("dup host") << QByteArray("hostname\nA\nb\na\n") << "batch.duplicate"
                                  << "3"
                                  << "hostname";
        QTest::newRow("dup uuid")
            << QByteArray(
                   "uuid\n0123456789abcdef0123456789abcdef\n0123456789abcdef0123456789abcdef\n")
            << "batch.duplicate"
            << "2"
            << "uuid";
        QTest::newRow("psk") << QByteArray("wifi_psk\nsecret-pass\n") << "batch.psk_without_ssid"
                             << "1"
                             << "";
        QTest::newRow("gateway alone")
            << QByteArray("ip_gateway\n10.0.0.1\n") << "batch.address_missing"
            << "1"
            << "ip_gateway";
        QTest::newRow("no such connection")
            << QByteArray("ip_address,ip_connection\n10.0.0.5/24,nope\n") << "batch.no_connection"
            << "1"
            << "ip_connection";
    }

    void refusals() {
        QFETCH(QByteArray, manifest);
        QFETCH(QString, code);
        QFETCH(QString, row);
        QFETCH(QString, column);
        const auto m = parse(manifest);
        QVERIFY(!m.rows.empty());
        auto d = makeDevices(m, {});
        QVERIFY(!d);
        QCOMPARE(QString::fromStdString(d.error().code), code);
        QCOMPARE(arg(d.error(), "row"), row);
        QCOMPARE(arg(d.error(), "column"), column);
        QVERIFY(!app::errorText(d.error()).contains(QLatin1Char('{')) ||
                code == QLatin1String("batch.bad_template"));
    }

    // Each row's own static address on the profile's wired connection (a new one when it has
    // none), checked by the profile's own rules and reported at the column it came from.
    void deviceAddresses() {
        const auto m = parse("hostname,ip_address,ip_gateway,ip_dns\n"
                             "a,10.0.0.5/24,10.0.0.1,\"1.1.1.1 9.9.9.9\"\n"
                             "b,fd00::6/64,fd00::1,\n"
                             "c,10.0.0.7/33,,\n"
                             "d,,,\n");
        auto devices = makeDevices(m, {});
        QVERIFY(devices.ok());
        const auto& a = (*devices)[0].profile;
        QCOMPARE(a.connections.size(), std::size_t(1));
        QCOMPARE(a.connections[0].id, std::string("wired"));
        QCOMPARE(a.connections[0].ipv4.method, provision::IpMethod::Manual);
        QCOMPARE(a.connections[0].ipv4.addresses, std::vector<std::string>{"10.0.0.5/24"});
        QCOMPARE(a.connections[0].ipv4.gateway, std::string("10.0.0.1"));
        QCOMPARE(a.connections[0].ipv4.dns, (std::vector<std::string>{"1.1.1.1", "9.9.9.9"}));
        QVERIFY(a.check().empty());
        const auto& b = (*devices)[1].profile.connections.at(0);
        QCOMPARE(b.ipv6.addresses, std::vector<std::string>{"fd00::6/64"});
        QCOMPARE(b.ipv4.method, provision::IpMethod::Auto);
        const auto issues = (*devices)[2].profile.check();
        QCOMPARE(issues.size(), std::size_t(1));
        QCOMPARE(columnForPointer(QString::fromStdString(issues[0].error.pointer)),
                 QStringLiteral("ip_address"));
        QVERIFY((*devices)[3].profile.connections.empty());
        // The profile's own wired connection takes it; with two, the row must say which.
        provision::Profile base;
        provision::Connection lan;
        lan.kind = provision::ConnectionKind::Ethernet;
        lan.id = "lan";
        base.connections = {lan};
        auto one = makeDevices(parse("ip_address\n192.168.1.9/24\n"), base);
        QVERIFY(one.ok());
        QCOMPARE((*one)[0].profile.connections.size(), std::size_t(1));
        QCOMPARE((*one)[0].profile.connections[0].ipv4.addresses,
                 std::vector<std::string>{"192.168.1.9/24"});
        lan.id = "lan2";
        base.connections.push_back(lan);
        auto two = makeDevices(parse("ip_address\n192.168.1.9/24\n"), base);
        QVERIFY(!two.ok());
        QCOMPARE(two.error().code, std::string("batch.which_connection"));
        auto named = makeDevices(parse("ip_address,ip_connection\n192.168.1.9/24,lan2\n"), base);
        QVERIFY(named.ok());
        QCOMPARE((*named)[0].profile.connections[1].ipv4.addresses,
                 std::vector<std::string>{"192.168.1.9/24"});
        QVERIFY((*named)[0].profile.connections[0].ipv4.addresses.empty());
    }

    void generatedUuidsDiffer() {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString u = generateUuid();
            QCOMPARE(u.size(), 32);
            seen.insert(u);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void columnsOfPointers() {
        QCOMPARE(columnForPointer(QStringLiteral("/hostname")), QStringLiteral("hostname"));
        QCOMPARE(columnForPointer(QStringLiteral("/networks/0/passphrase")),
                 QStringLiteral("wifi_psk"));
        QCOMPARE(columnForPointer(QStringLiteral("/networks/0/ssid")), QStringLiteral("wifi_ssid"));
        QCOMPARE(columnForPointer(QStringLiteral("/os/sshKeys/2")), QStringLiteral("ssh_key"));
        QCOMPARE(columnForPointer(QStringLiteral("/developmentMode")), QStringLiteral("dev_mode"));
        QCOMPARE(columnForPointer(QStringLiteral("/os/network/connectivity/uri")),
                 QStringLiteral("config.os.network.connectivity.uri"));
    }

    void targetProfilePairing() {
        auto p = pairTargetProfiles(
            {QStringLiteral("imprint flash"), QStringLiteral("img"), QStringLiteral("--to"),
             QStringLiteral("a"), QStringLiteral("--target-profile=pa"), QStringLiteral("--to"),
             QStringLiteral("b"), QStringLiteral("--profile"), QStringLiteral("common"),
             QStringLiteral("--to=c"), QStringLiteral("--target-profile"), QStringLiteral("pc")});
        QVERIFY(p.ok());
        QCOMPARE(p->common, QStringLiteral("common"));
        QCOMPARE(p->perTarget,
                 (std::vector<QString>{QStringLiteral("pa"), QString(), QStringLiteral("pc")}));
        auto bad =
            pairTargetProfiles({QStringLiteral("imprint flash"), QStringLiteral("--target-profile"),
                                QStringLiteral("x"), QStringLiteral("--to"), QStringLiteral("a")});
        QCOMPARE(bad.error().code, std::string("flash.target_profile_order"));
    }

    void mergedProfiles() {
        provision::Profile base;
        base.hostname = "base";
        base.country = "DE";
        base.sshKeys = {"k1"};
        base.baseConfig = config::Json{{"a", 1}, {"o", {{"x", 1}}}};
        provision::Profile over;
        over.hostname = "over";
        over.sshKeys = {"k1", "k2"};
        over.baseConfig = config::Json{{"o", {{"y", 2}}}};
        const auto m = mergeProfiles(base, over);
        QCOMPARE(m.hostname, std::optional<std::string>("over"));
        QCOMPARE(m.country, std::optional<std::string>("DE"));
        QCOMPARE(m.sshKeys, (std::vector<std::string>{"k1", "k2"}));
        QVERIFY(m.baseConfig["o"]["x"] == config::Json(1));
        QVERIFY(m.baseConfig["o"]["y"] == config::Json(2));
    }

    void everyCodeHasText() {
        const QRegularExpression code(QStringLiteral("\"((?:batch)\\.[a-z_]+)\""));
        int found = 0;
        for (const char* file : {"/app/common/batch", "/app/common/profiles",
                                 "/app/cli/cmd_batch.cpp", "/app/cli/support/batchsets.cpp"}) {
            QDirIterator it(QStringLiteral(IMPRINT_SOURCE_DIR) + QLatin1String(file),
                            {QStringLiteral("*.cpp")}, QDir::Files);
            QStringList paths;
            if (QFileInfo(it.path()).isFile()) {
                paths << it.path();
            }
            while (it.hasNext()) {
                paths << it.next();
            }
            for (const QString& path : paths) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                for (auto m = code.globalMatch(text); m.hasNext();) {
                    const QString c = m.next().captured(1);
                    ++found;
                    QVERIFY2(app::hasErrorText(c.toStdString()), qPrintable(path + ": " + c));
                }
            }
        }
        QVERIFY(app::hasErrorText("flash.target_profile_order"));
        QVERIFY(found > 15);
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
