// Profile -> Plan -> apply on a real image (sfdisk + mkfs.fat + mcopy), judged by mtools and
// fsck.fat: the exact changes, unknown keys kept, backups, the fingerprint left alone, and a
// refused plan that leaves the image byte-identical.
#include "core/disk/bootpartition.h"
#include "core/provision/plan.h"
#include "tests/core/config/cloudconfig.h"
#include "tests/core/provision/bootimage.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace imprint;
using namespace imprint::provision;
using imprint::test::mread;

namespace {

const char* keyA =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJvN/ioJlIAi1kyUOO8AXlMDpdRKLE9POQPwYS+AG1cH user@laptop";
const char* keyB =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHij1rZdI9KiTiTsu1BU4U4aqpS6zCXuCzlxoYJbwOqu ops@fleet";

std::unique_ptr<disk::BootPartition> openBoot(const QString& image, bool writable) {
    disk::BootOpenOptions options;
    options.writable = writable;
    auto boot = disk::openBootPartition(image.toStdString(), options);
    if (!boot) {
        qFatal("cannot open %s: %s", qPrintable(image), boot.error().code.c_str());
    }
    return std::move(boot).value();
}

config::Json jsonOf(const QByteArray& b) { return config::Json::parse(b.toStdString()); }

} // namespace

class TestProvisionPlan : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString image_;

    Profile fullProfile() {
        Profile p;
        p.hostname = "kiosk-7";
        WifiNetwork home;
        home.ssid = "Home";
        home.passphrase = " pass=word;#\"\\ ";
        WifiNetwork office;
        office.ssid = "Office";
        office.hidden = true;
        office.priority = 10;
        office.address = "192.168.1.50/24";
        office.gateway = "192.168.1.1";
        office.dns = {"1.1.1.1"};
        p.networks = {home, office};
        p.sshKeys = {keyA, keyB};
        p.udevRules = {{"64", "ENV{ID_FS_LABEL_ENC}==\"resin-boot\", SYMLINK+=\"disk/test\"\n"}};
        p.logo = dir_.filePath("newlogo.png").toStdString();
        p.developmentMode = true;
        p.country = "GB";
        return p;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        QCOMPARE(
            test::runTool(QStringLiteral("convert"),
                          {"-size", "320x100", "gradient:white-navy", dir_.filePath("newlogo.png")})
                .exitCode,
            0);
    }

    void init() {
        image_ = dir_.filePath(QStringLiteral("balena.img"));
        const QString error = test::makeBootImage(image_, cloudConfigText);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void planListsExactChangesAndApplyWritesThem() {
        const QByteArray fingerprint = mread(image_, "balenaos.fingerprint");
        const QByteArray oldLogo = mread(image_, "splash/resin-logo.png");
        auto boot = openBoot(image_, true);
        const QString backup = dir_.filePath("backup1");
        auto plan = makePlan(fullProfile(), *boot, {.backupDirectory = backup.toStdString()});
        QVERIFY(plan.ok());
        QVERIFY(!plan->refused());
        QStringList changes;
        for (const auto& c : plan->changes) {
            changes << QString::fromStdString(c.path) +
                           (c.kind == ChangeKind::Create ? " +" : " ~");
        }
        changes.sort();
        QCOMPARE(changes, QStringList({"config.json ~", "splash/resin-logo.png ~",
                                       "system-connections/balena-wifi-01 +",
                                       "system-connections/balena-wifi-02 +"}));
        // The diff is masked and shows the new host name.
        std::string diff;
        for (const auto& l : plan->configDiff) {
            diff += l + "\n";
        }
        QVERIFY(diff.find("+   \"hostname\": \"kiosk-7\"") != std::string::npos);
        QVERIFY(diff.find("Xq3vS9kL2mN8pR4tW7yZ1aB5cD6eF0gH") == std::string::npos);
        QCOMPARE(plan->existingConnections.size(), std::size_t(1));
        QVERIFY(plan->existingConnections[0].skippedByNetworkManager);
        QStringList notices;
        for (const auto& n : plan->notices) {
            notices << QString::fromStdString(n.code);
        }
        QCOMPARE(notices, QStringList({"devmode.opens", "devmode.keys_only"}));

        auto report = apply(*plan, *boot);
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().code.c_str());
        boot.reset();

        // mtools reads what we wrote.
        const auto cfg = jsonOf(mread(image_, "config.json"));
        const auto cloud = config::Json::parse(cloudConfigText);
        QCOMPARE(cfg["hostname"].get<std::string>(), std::string("kiosk-7"));
        QCOMPARE(cfg["developmentMode"].get<bool>(), true);
        QCOMPARE(cfg["country"].get<std::string>(), std::string("GB"));
        QCOMPARE(cfg["os"]["sshKeys"].size(), std::size_t(2));
        QVERIFY(cfg["os"]["udevRules"].contains("64"));
        for (const char* key :
             {"zzCloudFeature", "aaLegacy", "installer", "apiKey", "mixpanelToken"}) {
            QCOMPARE(cfg[key].dump(), cloud[key].dump());
        }
        QCOMPARE(cfg["os"]["cloudOnly"].dump(), cloud["os"]["cloudOnly"].dump());
        const QByteArray wifi1 = mread(image_, "system-connections/balena-wifi-01");
        QVERIFY(wifi1.contains("psk=\\spass=word;#\"\\\\\\s\n"));
        QVERIFY(mread(image_, "system-connections/balena-wifi-02")
                    .contains("address1=192.168.1.50/24,192.168.1.1"));
        QFile newLogo(dir_.filePath("newlogo.png"));
        QVERIFY(newLogo.open(QIODevice::ReadOnly));
        QCOMPARE(mread(image_, "splash/resin-logo.png"), newLogo.readAll());
        QCOMPARE(mread(image_, "balenaos.fingerprint"), fingerprint);
        bool sampleThere = false;
        mread(image_, "system-connections/resin-sample.ignore", &sampleThere);
        QVERIFY(sampleThere);
        const auto fsck = test::fsckBoot(image_);
        QVERIFY2(fsck.exitCode == 0, fsck.out.constData());
        // Backups of what was replaced.
        QFile oldLogoBackup(backup + "/splash/resin-logo.png");
        QVERIFY(oldLogoBackup.open(QIODevice::ReadOnly));
        QCOMPARE(oldLogoBackup.readAll(), oldLogo);
        QFile oldConfig(backup + "/config.json");
        QVERIFY(oldConfig.open(QIODevice::ReadOnly));
        QCOMPARE(oldConfig.readAll(), QByteArray(cloudConfigText));

        // The same profile again: nothing to do.
        auto again = openBoot(image_, true);
        auto second = makePlan(fullProfile(), *again, {.backupDirectory = backup.toStdString()});
        QVERIFY(second.ok());
        QVERIFY2(second->empty(), second->changes.empty() ? "" : second->changes[0].path.c_str());
    }

    void refusedPlanLeavesImageByteIdentical_data() {
        QTest::addColumn<QString>("what");
        QTest::newRow("7-char psk") << "psk";
        QTest::newRow("65-byte ssid") << "ssid";
        QTest::newRow("bad hostname") << "hostname";
        QTest::newRow("non-png logo") << "logo";
        QTest::newRow("bad ssh key") << "ssh";
        QTest::newRow("bad udev rule") << "udev";
        QTest::newRow("bad country") << "country";
    }
    void refusedPlanLeavesImageByteIdentical() {
        QFETCH(QString, what);
        const QByteArray before = test::contentDigest(image_);
        Profile p = fullProfile();
        QString pointer;
        if (what == "psk") {
            p.networks[0].passphrase = "1234567";
            pointer = "/networks/0/passphrase";
        } else if (what == "ssid") {
            p.networks[1].ssid = std::string(65, 'x');
            pointer = "/networks/1/ssid";
        } else if (what == "hostname") {
            p.hostname = "kiosk_7";
            pointer = "/hostname";
        } else if (what == "logo") {
            p.logo = (image_ + ".notpng").toStdString();
            QFile f(image_ + ".notpng");
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("GIF89a not a png at all");
            pointer = "/logo";
        } else if (what == "ssh") {
            p.sshKeys = {std::string(keyA).substr(0, 40)};
            pointer = "/os/sshKeys/0";
        } else if (what == "udev") {
            p.udevRules = {{"64", "KERNEL=~\"sda\""}};
            pointer = "/os/udevRules/64";
        } else {
            p.country = "UK";
            pointer = "/country";
        }
        {
            auto boot = openBoot(image_, true);
            auto plan = makePlan(p, *boot, {.backupDirectory = dir_.filePath("b").toStdString()});
            QVERIFY(plan.ok());
            QVERIFY(plan->refused());
            bool named = false;
            for (const auto& i : plan->issues) {
                named = named || (i.severity == config::Severity::Error &&
                                  i.error.pointer == pointer.toStdString());
            }
            QVERIFY2(named, qPrintable(pointer));
            auto r = apply(*plan, *boot);
            QVERIFY(!r.ok());
            QCOMPARE(QString::fromStdString(r.error().code), QStringLiteral("plan.refused"));
        }
        QCOMPARE(test::contentDigest(image_), before);
    }

    void existingConnectionsKeepReplaceRemove() {
        Profile first;
        WifiNetwork a;
        a.ssid = "A";
        first.networks = {a};
        const auto run = [&](const Profile& p) {
            auto boot = openBoot(image_, true);
            auto plan = makePlan(p, *boot, {.backupDirectory = dir_.filePath("b2").toStdString()});
            QVERIFY(plan.ok() && apply(*plan, *boot).ok());
        };
        run(first);
        Profile second;
        WifiNetwork b;
        b.ssid = "B";
        second.networks = {b};
        run(second); // keep: B goes to -02
        QVERIFY(mread(image_, "system-connections/balena-wifi-01").contains("ssid=A"));
        QVERIFY(mread(image_, "system-connections/balena-wifi-02").contains("ssid=B"));
        second.existingConnections = ExistingConnections::Replace;
        run(second); // replace: only B, as -01
        QVERIFY(mread(image_, "system-connections/balena-wifi-01").contains("ssid=B"));
        bool there = true;
        mread(image_, "system-connections/balena-wifi-02", &there);
        QVERIFY(!there);
        mread(image_, "system-connections/resin-sample.ignore", &there);
        QVERIFY(there);
        Profile none;
        none.existingConnections = ExistingConnections::Remove;
        run(none);
        mread(image_, "system-connections/balena-wifi-01", &there);
        QVERIFY(!there);
        mread(image_, "system-connections/resin-sample.ignore", &there);
        QVERIFY(there); // NetworkManager skips it, so it is not a connection to remove
        QCOMPARE(test::fsckBoot(image_).exitCode, 0);
    }

    void oversizeLogoIsRefused() {
        const QString small = dir_.filePath("small.img");
        const QString error = test::makeBootImage(small, cloudConfigText, 16, "NAME=x\n", 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString big = dir_.filePath("big.png");
        QCOMPARE(test::runTool(QStringLiteral("convert"),
                               {"-size", "1200x1200", "xc:", "+noise", "Random", big})
                     .exitCode,
                 0);
        const QByteArray before = test::contentDigest(small);
        Profile p;
        p.logo = big.toStdString();
        auto boot = openBoot(small, true);
        auto plan = makePlan(p, *boot, {.backupDirectory = dir_.filePath("b3").toStdString()});
        QVERIFY(plan.ok());
        QVERIFY(plan->refused());
        QCOMPARE(QString::fromStdString(plan->issues[0].error.code),
                 QStringLiteral("logo.too_large"));
        QCOMPARE(QString::fromStdString(plan->issues[0].error.pointer), QStringLiteral("/logo"));
        boot.reset();
        QCOMPARE(test::contentDigest(small), before);
    }

    void legacyDevelopmentImageNotice() {
        const QString legacy = dir_.filePath("legacy.img");
        QVERIFY(test::makeBootImage(legacy, "{\"deviceType\": \"x\", \"developmentMode\": true}",
                                    200, "NAME=\"Resin OS\"\nVARIANT=\"Development\"\n")
                    .isEmpty());
        Profile p;
        p.developmentMode = false;
        auto boot = openBoot(legacy, false);
        auto plan = makePlan(p, *boot, {});
        QVERIFY(plan.ok());
        QCOMPARE(plan->notices.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(plan->notices[1].code),
                 QStringLiteral("devmode.legacy_development"));
    }

    void diffShowsOnlyWhatChanged() {
        const auto d = lineDiff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nD\ne\nf\ng\n", 1);
        QCOMPARE(d, std::vector<std::string>({"  c", "- d", "+ D", "  e"}));
    }
};

QTEST_GUILESS_MAIN(TestProvisionPlan)
#include "tst_provision_plan.moc"
