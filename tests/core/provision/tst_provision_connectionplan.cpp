// Connections and the proxy in a profile: the JSON reads back (old profiles unchanged, secrets
// masked on request), the plan writes each keyfile, certificate and proxy file into a real image
// (mtools reads them back, fsck.fat finds nothing), and bad input is refused naming the field
// with the image byte-identical.
#include "core/disk/bootpartition.h"
#include "core/provision/connectionjson.h"
#include "core/provision/plan.h"
#include "tests/core/config/cloudconfig.h"
#include "tests/core/provision/bootimage.h"
#include "tests/core/provision/connectioncases.h"

#include <QTemporaryDir>
#include <QTest>

using namespace imprint;
using namespace imprint::provision;
using imprint::test::mread;

namespace {

std::unique_ptr<disk::BootPartition> openBoot(const QString& image) {
    disk::BootOpenOptions options;
    options.writable = true;
    auto boot = disk::openBootPartition(image.toStdString(), options);
    if (!boot) {
        qFatal("cannot open %s: %s", qPrintable(image), boot.error().code.c_str());
    }
    return std::move(boot).value();
}

} // namespace

class TestProvisionConnectionPlan : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString image_;
    test::Pems pems_;

    Profile profile() const {
        Profile p;
        Connection eth;
        eth.kind = ConnectionKind::Ethernet;
        eth.id = "wired";
        eth.ipv4 = {IpMethod::Manual, {"10.0.2.15/24"}, "10.0.2.2", {"10.0.2.3"}, {}, {}};
        eth.ipv6 = {IpMethod::Manual, {"fec0::15/64"}, "fec0::2", {}, {"lab.example"}, 100};
        Connection tls;
        tls.id = "campus";
        tls.wifi.ssid = "eduroam";
        tls.wifi.security = WifiSecurity::Enterprise;
        tls.wifi.enterprise = {
            EapMethod::Tls,    "dev@uni.example", "",        "", InnerAuth::Mschapv2,
            pems_.certificate, pems_.certificate, pems_.key, ""};
        Connection gsm;
        gsm.kind = ConnectionKind::Gsm;
        gsm.id = "lte";
        gsm.gsm = {"internet", "", "", "0000"};
        p.connections = {eth, tls, gsm};
        p.proxy = Proxy{ProxyType::HttpConnect, "10.0.2.100", 3128, "dev", "pw", {"10.0.0.0/8"}};
        return p;
    }

    Result<Plan> plan(const Profile& p) {
        auto boot = openBoot(image_);
        return makePlan(p, *boot, {.backupDirectory = dir_.filePath("backup").toStdString()});
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        pems_ = test::makePems();
        QVERIFY(!pems_.key.empty());
    }

    void init() {
        image_ = dir_.filePath(QStringLiteral("balena.img"));
        const QString error = test::makeBootImage(image_, cloudConfigText);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void profileJsonRoundTrip() {
        const Profile p = profile();
        auto back = Profile::fromJson(p.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->connections, p.connections);
        QCOMPARE(back->proxy, p.proxy);
        const std::string masked = config::toText(p.toJson(false));
        for (const std::string& secret : {pems_.key, std::string("0000"), std::string("\"pw\"")}) {
            QVERIFY2(masked.find(secret) == std::string::npos, secret.c_str());
        }
        QVERIFY(masked.find("BEGIN CERTIFICATE") != std::string::npos); // not a secret
        // A profile of the earlier shape loads as it did and writes no new members.
        auto old =
            Profile::parse(R"({"version":1,"networks":[{"ssid":"Home","passphrase":"12345678"}]})");
        QVERIFY(old.ok());
        QVERIFY(old->connections.empty() && !old->proxy);
        QVERIFY(!old->toJson().contains("connections") && !old->toJson().contains("proxy"));
    }

    void profileJsonErrorsNameTheValue_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("no type") << R"({"connections":[{"id":"x"}]})"
                                 << "profile.missing_key"
                                 << "/connections/0/type";
        QTest::newRow("bad type") << R"({"connections":[{"type":"bluetooth"}]})"
                                  << "profile.bad_value"
                                  << "/connections/0/type";
        QTest::newRow("bad security")
            << R"({"connections":[{"type":"wifi","wifi":{"security":"wep"}}]})"
            << "profile.bad_value"
            << "/connections/0/wifi/security";
        QTest::newRow("addresses not a list")
            << R"({"connections":[{"type":"ethernet","ipv4":{"addresses":"10.0.0.1/8"}}]})"
            << "profile.wrong_type"
            << "/connections/0/ipv4/addresses";
        QTest::newRow("port as text") << R"({"proxy":{"host":"h","port":"80"}})"
                                      << "profile.wrong_type"
                                      << "/proxy/port";
    }
    void profileJsonErrorsNameTheValue() {
        QFETCH(QString, json);
        QFETCH(QString, code);
        QFETCH(QString, pointer);
        auto p = Profile::parse(json.toStdString());
        QVERIFY(!p.ok());
        QCOMPARE(QString::fromStdString(p.error().code), code);
        QCOMPARE(QString::fromStdString(p.error().pointer), pointer);
    }

    void planWritesEveryFile() {
        const Profile p = profile();
        auto made = plan(p);
        QVERIFY(made.ok());
        QVERIFY(!made->refused());
        {
            auto boot = openBoot(image_);
            auto r = apply(*made, *boot);
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().code.c_str());
        }
        int files = 0;
        for (const auto& c : p.connections) {
            for (const auto& f : connectionFiles(c)) {
                QCOMPARE(mread(image_, QString::fromStdString(f.path)).toStdString(), f.content);
                ++files;
            }
        }
        QCOMPARE(files, 6); // three keyfiles, the CA, client certificate and key
        QCOMPARE(mread(image_, "system-proxy/redsocks.conf").toStdString(), redsocksConf(*p.proxy));
        QCOMPARE(mread(image_, "system-proxy/no_proxy"), QByteArray("10.0.0.0/8\n"));
        QCOMPARE(test::fsckBoot(image_).exitCode, 0);
        auto again = plan(p);
        QVERIFY(again.ok() && again->empty());
    }

    void removeAllKeepsTheProfilesOwn() {
        Profile p = profile();
        {
            auto made = plan(p);
            auto boot = openBoot(image_);
            QVERIFY(made.ok() && apply(*made, *boot).ok());
        }
        p.existingConnections = ExistingConnections::Remove;
        p.connections[0].ipv4.dns = {"9.9.9.9"};
        auto made = plan(p);
        QVERIFY(made.ok());
        int wired = 0;
        for (const auto& c : made->changes) {
            if (c.path == "system-connections/wired") {
                ++wired;
                QCOMPARE(int(c.kind), int(ChangeKind::Replace));
            }
            QVERIFY2(c.kind != ChangeKind::Remove || c.path.find("/lte") == std::string::npos,
                     c.path.c_str());
        }
        QCOMPARE(wired, 1);
    }

    void refusalsLeaveTheImageByteIdentical_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("/33") << "prefix"
                             << "/connections/0/ipv4/addresses/0";
        QTest::newRow("gateway outside") << "gateway"
                                         << "/connections/0/ipv4/gateway";
        QTest::newRow("no identity") << "identity"
                                     << "/connections/1/wifi/enterprise/identity";
        QTest::newRow("non-PEM") << "pem"
                                 << "/connections/1/wifi/enterprise/caCertificate";
        QTest::newRow("PIN of letters") << "pin"
                                        << "/connections/2/gsm/pin";
        QTest::newRow("proxy port") << "port"
                                    << "/proxy/port";
        QTest::newRow("same id") << "id"
                                 << "/connections/2/id";
    }
    void refusalsLeaveTheImageByteIdentical() {
        QFETCH(QString, what);
        QFETCH(QString, pointer);
        const QByteArray before = test::contentDigest(image_);
        Profile p = profile();
        if (what == "prefix") {
            p.connections[0].ipv4.addresses[0] = "10.0.2.15/33";
        } else if (what == "gateway") {
            p.connections[0].ipv4.gateway = "10.0.3.1";
        } else if (what == "identity") {
            p.connections[1].wifi.enterprise.identity.clear();
        } else if (what == "pem") {
            p.connections[1].wifi.enterprise.caCertificate = "-----BEGIN CERTIFICATE-----\n%%%\n";
        } else if (what == "pin") {
            p.connections[2].gsm.pin = "abcd";
        } else if (what == "port") {
            p.proxy->port = 70000;
        } else {
            p.connections[2].id = "wired";
        }
        {
            auto made = plan(p);
            QVERIFY(made.ok());
            QVERIFY(made->refused());
            bool named = false;
            for (const auto& i : made->issues) {
                named = named || (i.severity == config::Severity::Error &&
                                  i.error.pointer == pointer.toStdString());
            }
            QVERIFY2(named, qPrintable(pointer));
            auto boot = openBoot(image_);
            QVERIFY(!apply(*made, *boot).ok());
        }
        QCOMPARE(test::contentDigest(image_), before);
    }
};

QTEST_GUILESS_MAIN(TestProvisionConnectionPlan)
#include "tst_provision_connectionplan.moc"
