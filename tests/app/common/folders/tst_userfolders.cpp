// The user's folders (app/common/folders): where each one is for the XDG variables and
// IMPRINT_PROFILE_DIR, every missing level made owner-only and nothing else touched (judged by
// `stat`), a file in the way named in the error, and the settings saved into a folder that did
// not exist.
#include "app/common/errortext.h"
#include "app/common/folders/userfolders.h"
#include "app/common/settings/settings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace imprint::app;

namespace {

// Permission bits as `stat` (not Imprint) reads them, e.g. "700".
QString mode(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("stat"), {QStringLiteral("-c"), QStringLiteral("%a"), path});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestUserFolders : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    QString at(const char* below) const { return dir_.path() + QLatin1String(below); }

private slots:
    void init() {
        qputenv("XDG_CONFIG_HOME", at("/missing/config").toLocal8Bit());
        qputenv("XDG_DATA_HOME", at("/missing/data").toLocal8Bit());
        qputenv("XDG_CACHE_HOME", at("/missing/cache").toLocal8Bit());
        qunsetenv("IMPRINT_PROFILE_DIR");
    }
    void cleanup() { QDir(at("/missing")).removeRecursively(); }

    void pathsFollowTheXdgFolders() {
        QCOMPARE(userFolderPath(UserFolder::Config), at("/missing/config/Imprint"));
        QCOMPARE(userFolderPath(UserFolder::Profiles), at("/missing/config/Imprint/profiles"));
        QCOMPARE(userFolderPath(UserFolder::Backups), at("/missing/data/Imprint/backups"));
        QCOMPARE(userFolderPath(UserFolder::Downloads), at("/missing/cache/Imprint/downloads"));
        QCOMPARE(settingsFile(), at("/missing/config/Imprint/imprint.conf"));
        QVERIFY(defaultBackupDirectory().startsWith(at("/missing/data/Imprint/backups/")));
        qputenv("IMPRINT_PROFILE_DIR", at("/elsewhere").toLocal8Bit());
        QCOMPARE(userFolderPath(UserFolder::Profiles), at("/elsewhere"));
        // Nothing was made by asking.
        QVERIFY(!QFileInfo::exists(at("/missing")));
    }

    void everyMissingLevelIsOwnerOnly() {
        QVERIFY(QDir().mkpath(at("/missing")));
        QFile::setPermissions(at("/missing"), QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ExeOwner | QFile::ReadGroup |
                                                  QFile::ExeGroup | QFile::ReadOther |
                                                  QFile::ExeOther);
        auto made = userFolder(UserFolder::Profiles);
        QVERIFY(made.ok());
        QCOMPARE(*made, at("/missing/config/Imprint/profiles"));
        for (const char* level :
             {"/missing/config", "/missing/config/Imprint", "/missing/config/Imprint/profiles"}) {
            QCOMPARE(mode(at(level)), QStringLiteral("700"));
        }
        QCOMPARE(mode(at("/missing")), QStringLiteral("755")); // there already: left alone
        QVERIFY(userFolder(UserFolder::Profiles).ok());        // a second time: nothing to do
    }

    void aFileInTheWayIsNamed() {
        QVERIFY(QDir().mkpath(at("/missing/data")));
        QFile file(at("/missing/data/Imprint"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto made = userFolder(UserFolder::Backups);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, std::string("folder.cannot_create"));
        QCOMPARE(QString::fromStdString(made.error().arg("folder")),
                 at("/missing/data/Imprint/backups"));
        const QString words = errorText(made.error());
        QVERIFY2(words.contains(at("/missing/data/Imprint/backups")) &&
                     words.contains(QStringLiteral("Not a directory")),
                 qPrintable(words));
        QVERIFY(QFileInfo(at("/missing/data/Imprint")).isFile()); // untouched
    }

    void settingsMakeTheirFolder() {
        QVERIFY(settings::setValue(QStringLiteral("write/verify"), false).ok());
        QVERIFY(settings::addRecentImage(at("/image.img")).ok());
        settings::flush();
        QCOMPARE(mode(at("/missing/config/Imprint")), QStringLiteral("700"));
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("verify=false"));
        QCOMPARE(settings::value(QStringLiteral("write/verify"), true).toBool(), false);
    }

    void settingsSayWhyTheyCannotBeKept() {
        QVERIFY(QDir().mkpath(at("/missing")));
        QFile file(at("/missing/config"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto saved = settings::setValue(QStringLiteral("write/verify"), true);
        QVERIFY(!saved.ok());
        QCOMPARE(QString::fromStdString(saved.error().arg("folder")),
                 at("/missing/config/Imprint"));
    }
};

QTEST_GUILESS_MAIN(TestUserFolders)
#include "tst_userfolders.moc"
