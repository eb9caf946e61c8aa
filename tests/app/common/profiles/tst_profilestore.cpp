// The profile store the GUI and the CLI share: every operation round-trips a full
// core/provision::Profile through the file format `imprint configure --profile` reads, and
// every refusal leaves the folder exactly as it was (hash of every file before and after).
#include "app/common/errortext.h"
#include "app/common/profiles/profilestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using imprint::app::ProfileStore;
using imprint::provision::Profile;

namespace {

Profile richProfile() {
    Profile p;
    p.hostname = "kiosk-7";
    p.country = "DE";
    p.ntpServers = "time.example.org";
    p.dnsServers = "null";
    p.developmentMode = true;
    p.persistentLogging = false;
    p.connectivityUri = "https://example.org/ok";
    p.connectivityInterval = "3600";
    p.sshKeys = {
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGk6jkXqkz8mY8R0ZOZ9vVvQw4rRr9n2Jm0pB3n0n9fJ me@host"};
    p.udevRules = {{"99-serial", "SUBSYSTEM==\"tty\", MODE=\"0666\"\n"}};
    imprint::provision::WifiNetwork w;
    w.ssid = "Café Ünïcode";
    w.passphrase = "correct horse battery";
    w.hidden = true;
    w.priority = 10;
    w.address = "192.168.1.50/24";
    w.gateway = "192.168.1.1";
    w.dns = {"1.1.1.1"};
    p.networks.push_back(w);
    p.existingConnections = imprint::provision::ExistingConnections::Replace;
    p.baseConfig = imprint::config::Json::parse(R"({"applicationId": 42, "os": {"x": 1}})");
    return p;
}

// Every file of the folder with its hash: a refused operation must not change it.
QMap<QString, QByteArray> snapshot(const QString& dir) {
    QMap<QString, QByteArray> out;
    for (const auto& f : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile file(f.filePath());
        file.open(QIODevice::ReadOnly);
        out.insert(f.fileName(),
                   QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

void writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestProfileStore : public QObject {
    Q_OBJECT
private slots:
    void saveLoadListRoundTrip() {
        QTemporaryDir dir;
        ProfileStore store(dir.path() + QStringLiteral("/profiles")); // made on first save
        QCOMPARE(store.list(), QStringList());
        QVERIFY(store.save(QStringLiteral("zeta"), Profile{}).ok());
        QVERIFY(store.save(QStringLiteral("Alpha fleet"), richProfile()).ok());
        QVERIFY(store.save(QStringLiteral("beta"), Profile{}).ok());
        QCOMPARE(store.list(), (QStringList{"Alpha fleet", "beta", "zeta"}));
        auto loaded = store.load(QStringLiteral("Alpha fleet"));
        QVERIFY2(loaded.ok(),
                 loaded.ok() ? "" : qPrintable(imprint::app::describeError(loaded.error())));
        QVERIFY(*loaded == richProfile());
        // The file is what the command line reads, pass phrase included (private: below).
        QFile file(store.pathOf(QStringLiteral("Alpha fleet")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("correct horse battery"));
        auto parsed = Profile::parse(text.toStdString());
        QVERIFY(parsed.ok());
        QVERIFY(*parsed == richProfile());
        // Saving under the same name replaces.
        QVERIFY(store.save(QStringLiteral("beta"), richProfile()).ok());
        QVERIFY(*store.load(QStringLiteral("beta")) == richProfile());
    }

    // A saved profile holds pass phrases: neither its group nor others may read it.
    void savedFileIsPrivate() {
#ifndef __linux__
        QSKIP("no group or other permission bits on Windows: a profile is private by the ACL of "
              "the user's own folder, which Qt's permissions() does not read");
#endif
        QTemporaryDir dir;
        ProfileStore store(dir.path() + QStringLiteral("/profiles"));
        QVERIFY(store.save(QStringLiteral("Alpha fleet"), richProfile()).ok());
        const QFile file(store.pathOf(QStringLiteral("Alpha fleet")));
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void badNamesAreRefused() {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        const QString bad[] = {QString(),
                               QStringLiteral(" "),
                               QStringLiteral("a/b"),
                               QStringLiteral("..x"),
                               QStringLiteral(".hidden"),
                               QStringLiteral("a\\b"),
                               QStringLiteral(" lead"),
                               QStringLiteral("tab\tname"),
                               QString(65, QLatin1Char('x'))};
        for (const QString& name : bad) {
            auto r = store.save(name, Profile{});
            QVERIFY2(!r.ok(), qPrintable(name));
            QCOMPARE(r.error().code, std::string("profile.bad_name"));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(ProfileStore::validName(QString(64, QLatin1Char('x'))));
        QVERIFY(ProfileStore::validName(QStringLiteral("Fleet Ü 2")));
    }

    void renameAndRemove() {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QVERIFY(store.save(QStringLiteral("one"), richProfile()).ok());
        QVERIFY(store.save(QStringLiteral("two"), Profile{}).ok());
        const auto before = snapshot(dir.path());
        auto clash = store.rename(QStringLiteral("one"), QStringLiteral("two"));
        QCOMPARE(clash.error().code, std::string("profile.exists"));
        auto missing = store.rename(QStringLiteral("nope"), QStringLiteral("three"));
        QCOMPARE(missing.error().code, std::string("profile.not_found"));
        auto bad = store.rename(QStringLiteral("one"), QStringLiteral("a/b"));
        QCOMPARE(bad.error().code, std::string("profile.bad_name"));
        QCOMPARE(store.remove(QStringLiteral("nope")).error().code,
                 std::string("profile.not_found"));
        QCOMPARE(snapshot(dir.path()), before);

        QVERIFY(store.rename(QStringLiteral("one"), QStringLiteral("uno")).ok());
        QCOMPARE(store.list(), (QStringList{"two", "uno"}));
        QVERIFY(*store.load(QStringLiteral("uno")) == richProfile());
        QVERIFY(store.remove(QStringLiteral("two")).ok());
        QCOMPARE(store.list(), QStringList{"uno"});
    }

    void exportImport() {
        QTemporaryDir dir;
        ProfileStore store(dir.path() + QStringLiteral("/store"));
        QVERIFY(store.save(QStringLiteral("site"), richProfile()).ok());
        const QString file = dir.path() + QStringLiteral("/site-export.json");
        QVERIFY(store.exportTo(QStringLiteral("site"), file).ok());
        QCOMPARE(store.exportTo(QStringLiteral("none"), file + QStringLiteral("x")).error().code,
                 std::string("profile.not_found"));
        QVERIFY(!QFile::exists(file + QStringLiteral("x")));

        auto imported = store.importFrom(file);
        QVERIFY(imported.ok());
        QCOMPARE(*imported, QStringLiteral("site-export"));
        QVERIFY(*store.load(QStringLiteral("site-export")) == richProfile());
        // Same name again: refused unless asked to replace.
        const auto before = snapshot(store.directory());
        QCOMPARE(store.importFrom(file).error().code, std::string("profile.exists"));
        QCOMPARE(snapshot(store.directory()), before);
        QVERIFY(store.importFrom(file, QStringLiteral("site-export"), true).ok());
        QCOMPARE(*store.importFrom(file, QStringLiteral("renamed")), QStringLiteral("renamed"));
    }

    void brokenFilesAreNamedAndChangeNothing() {
        QTemporaryDir dir;
        ProfileStore store(dir.path() + QStringLiteral("/store"));
        QVERIFY(store.save(QStringLiteral("keep"), richProfile()).ok());
        const auto before = snapshot(store.directory());
        const QString notJson = dir.path() + QStringLiteral("/broken.json");
        writeText(notJson, "{\"hostname\": ");
        auto r = store.importFrom(notJson);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().code.rfind("json.", 0) == 0, r.error().code.c_str());
        QCOMPARE(r.error().arg("path"), notJson.toStdString());
        const QString wrongType = dir.path() + QStringLiteral("/wrong.json");
        writeText(wrongType, R"({"hostname": 7})");
        auto w = store.importFrom(wrongType);
        QCOMPARE(w.error().code, std::string("profile.wrong_type"));
        QCOMPARE(w.error().pointer, std::string("/hostname"));
        const QString array = dir.path() + QStringLiteral("/array.json");
        writeText(array, "[]");
        QCOMPARE(store.importFrom(array).error().code, std::string("profile.not_an_object"));
        const QString huge = dir.path() + QStringLiteral("/huge.json");
        writeText(huge, QByteArray((4 << 20) + 10, ' '));
        QCOMPARE(store.importFrom(huge).error().code, std::string("profile.too_large"));
        QCOMPARE(store.importFrom(dir.path() + QStringLiteral("/absent.json")).error().code,
                 std::string("profile.read_failed"));
        QCOMPARE(snapshot(store.directory()), before);
    }

    void resolveNamesAndPaths() {
        QTemporaryDir dir;
        ProfileStore store(dir.path() + QStringLiteral("/store"));
        QVERIFY(store.save(QStringLiteral("office"), richProfile()).ok());
        QCOMPARE(*store.resolvePath(QStringLiteral("office")),
                 store.pathOf(QStringLiteral("office")));
        QVERIFY(*store.resolve(QStringLiteral("office")) == richProfile());
        const QString file = dir.path() + QStringLiteral("/plain.json");
        QVERIFY(ProfileStore::writeFile(file, Profile{}).ok());
        QCOMPARE(*store.resolvePath(file), file);
        // A path that does not exist is not looked up as a name.
        auto missingPath = store.resolvePath(dir.path() + QStringLiteral("/office"));
        QCOMPARE(missingPath.error().code, std::string("profile.read_failed"));
        auto missingName = store.resolve(QStringLiteral("home"));
        QCOMPARE(missingName.error().code, std::string("profile.not_found"));
        QCOMPARE(missingName.error().arg("folder"), store.directory().toStdString());
    }

    void sharedFolderFollowsTheEnvironment() {
        qputenv("IMPRINT_PROFILE_DIR", "/tmp/somewhere/profiles");
        QCOMPARE(ProfileStore::defaultDirectory(), QStringLiteral("/tmp/somewhere/profiles"));
        qunsetenv("IMPRINT_PROFILE_DIR");
        QVERIFY(ProfileStore::defaultDirectory().endsWith(QStringLiteral("/Imprint/profiles")));
    }

    void everyStoreErrorIsWorded() {
        for (const char* code :
             {"profile.bad_name", "profile.exists", "profile.not_found", "profile.read_failed",
              "profile.write_failed", "profile.too_large"}) {
            QVERIFY2(imprint::app::hasErrorText(code), code);
        }
        imprint::Error e("profile.not_found");
        e.with("name", "x").with("folder", "/f");
        QVERIFY(!imprint::app::errorText(e).contains(QLatin1Char('{')));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
