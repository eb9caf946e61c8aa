// A first run on a fresh account (issue 25): every command that reads or writes the user's
// folders, run by the real program in an empty HOME with no XDG_* set, then with XDG_* at
// folders that do not exist (both work, and their files land in the user's folders, made
// owner-only), then in a read-only HOME (what needs a folder fails with exit 1 naming it and
// changes nothing; what only reads behaves as on an empty account).
#include "tests/support/freshhome.h"
#include "tests/support/httptestserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace imprint::test;

namespace {
const QString kDemo = QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/cli-firstrun");
const QString kImprint = QStringLiteral(IMPRINT_BIN_DIR "/imprint");

QJsonObject jsonOf(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

QString why(const FreshHome::Run& r) {
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

// The files under `folder`, relative to it.
QStringList filesUnder(const QString& folder) {
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out << it.next().mid(folder.size() + 1);
    }
    out.sort();
    return out;
}
} // namespace

class TestCliFirstRun : public QObject {
    Q_OBJECT
    HttpTestServer server_;

    QString url() const { return QString::fromLatin1(server_.url("/demo.img.xz")); }

    // The account's own files: a copy of the demo image, a profile to import, a manifest.
    static bool fill(const FreshHome& account) {
        return account.copy(kDemo, QStringLiteral("demo.img")) &&
               account.put(QStringLiteral("lab2.json"), R"({"version":1,"hostname":"lab-2"})") &&
               account.put(QStringLiteral("rows.csv"), "hostname\nrow-1\n");
    }

    // The profile commands, one after another, in a working account.
    static void profiles(const FreshHome& a) {
        const QString folder = a.config() + QStringLiteral("/Imprint/profiles");
        auto r = a.run(kImprint, {"profile", "save", "lab", "--hostname", "lab-1", "--wifi",
                                  "office", "--wifi-psk", "office-pass"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        QCOMPARE(r.out.trimmed(), folder + QStringLiteral("/lab.json"));
        // Owner-only where the pass phrase is, and every level made on the way (XDG's 0700).
        QCOMPARE(FreshHome::mode(folder + QStringLiteral("/lab.json")), QStringLiteral("600"));
        QCOMPARE(FreshHome::mode(folder), QStringLiteral("700"));
        QCOMPARE(FreshHome::mode(a.config() + QStringLiteral("/Imprint")), QStringLiteral("700"));
        QCOMPARE(FreshHome::mode(a.config()), QStringLiteral("700"));

        r = a.run(kImprint, {"profile", "import", "lab2.json", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        QCOMPARE(jsonOf(r.out)[QStringLiteral("path")].toString(),
                 folder + QStringLiteral("/lab2.json"));
        r = a.run(kImprint, {"profile", "list", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        QCOMPARE(jsonOf(r.out)[QStringLiteral("folder")].toString(), folder);
        QCOMPARE(jsonOf(r.out)[QStringLiteral("profiles")].toArray().size(), 2);
        r = a.run(kImprint, {"profile", "show", "lab"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        QCOMPARE(jsonOf(r.out)[QStringLiteral("hostname")].toString(), QStringLiteral("lab-1"));
        r = a.run(kImprint, {"profile", "export", "lab", "exported.json"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        QVERIFY(QFileInfo::exists(a.work() + QStringLiteral("/exported.json")));
        r = a.run(kImprint, {"profile", "rm", "lab2"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        QCOMPARE(filesUnder(folder), QStringList{QStringLiteral("lab.json")});
    }

    // configure (its backups), flash, batch and download, in a working account with "lab".
    void writes(const FreshHome& a) {
        auto r = a.run(kImprint, {"configure", "demo.img", "--profile", "lab", "--yes"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        const QString backups = a.data() + QStringLiteral("/Imprint/backups");
        const QStringList saved = filesUnder(backups);
        QCOMPARE(saved.size(), 1);
        QVERIFY2(saved[0].endsWith(QLatin1String("/config.json")), qPrintable(saved[0]));
        QCOMPARE(FreshHome::mode(backups), QStringLiteral("700"));
        QCOMPARE(FreshHome::mode(QFileInfo(backups + QLatin1Char('/') + saved[0]).path()),
                 QStringLiteral("700"));

        r = a.run(kImprint, {"flash", "demo.img", "--to", "flashed.img", "--profile", "lab"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        r = a.run(kImprint, {"flash", url(), "--to", "fromurl.img", "--keep-download"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        const QString downloads = a.cache() + QStringLiteral("/Imprint/downloads");
        QCOMPARE(filesUnder(downloads).size(), 1);
        QCOMPARE(FreshHome::mode(downloads), QStringLiteral("700"));
        r = a.run(kImprint, {"download", url(), "--no-cache"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        QVERIFY2(r.out.trimmed().startsWith(downloads + QLatin1Char('/')), qPrintable(r.out));

        r = a.run(kImprint, {"batch", "rows.csv", "--image", "demo.img", "--profile", "lab",
                             "--out", "batch"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        QVERIFY(QFileInfo::exists(a.work() + QStringLiteral("/batch/results.json")));
        QVERIFY(QFileInfo::exists(a.work() + QStringLiteral("/batch/row-1.img")));
    }

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(kDemo), "run the layer_demo_image fixture first");
        QFile xz(kDemo + QStringLiteral(".xz"));
        QVERIFY(xz.open(QIODevice::ReadOnly));
        server_.route("/demo.img.xz").body = xz.readAll();
    }

    void worksOnAFreshAccount_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("empty HOME, no XDG_*") << int(FreshHome::NoXdg);
        QTest::newRow("XDG_* at missing folders") << int(FreshHome::MissingXdg);
    }
    void worksOnAFreshAccount() {
        QFETCH(int, kind);
        const FreshHome a(kDir + QStringLiteral("/fresh%1").arg(kind),
                          static_cast<FreshHome::Kind>(kind));
        QVERIFY(fill(a));
        profiles(a);
        if (QTest::currentTestFailed()) {
            return;
        }
        writes(a);
        if (QTest::currentTestFailed()) {
            return;
        }
        // Nothing went anywhere but the work folder and Imprint's folder in each of the three.
        for (const QString& path : filesUnder(kDir + QStringLiteral("/fresh%1").arg(kind))) {
            const QString full = kDir + QStringLiteral("/fresh%1/").arg(kind) + path;
            const bool ours = full.startsWith(a.work() + QLatin1Char('/')) ||
                              full.startsWith(a.config() + QStringLiteral("/Imprint/")) ||
                              full.startsWith(a.data() + QStringLiteral("/Imprint/")) ||
                              full.startsWith(a.cache() + QStringLiteral("/Imprint/"));
            QVERIFY2(ours, qPrintable(full));
        }
    }

    // What needs a folder of the user's fails naming it, and changes nothing at all.
    void readOnlyHomeFailsNamingTheFolder() {
        const FreshHome a(kDir + QStringLiteral("/readonly"), FreshHome::ReadOnly);
        QVERIFY(fill(a));
        const QStringList before = a.listing();
        const QString profiles = a.home() + QStringLiteral("/.config/Imprint/profiles");
        const QString backups = a.home() + QStringLiteral("/.local/share/Imprint/backups/");
        const QString downloads = a.home() + QStringLiteral("/.cache/Imprint/downloads");
        const std::pair<QStringList, QString> failing[] = {
            {{"profile", "save", "lab", "--hostname", "lab-1"}, profiles},
            {{"profile", "import", "lab2.json"}, profiles},
            {{"configure", "demo.img", "--hostname", "ro-1", "--yes"}, backups},
            {{"config", "set", "demo.img", "hostname", "ro-2", "--yes"}, backups},
            {{"download", url()}, downloads},
            {{"flash", url(), "--to", "fromurl.img", "--yes"}, downloads},
        };
        for (const auto& [args, folder] : failing) {
            const auto r = a.run(kImprint, args);
            QVERIFY2(r.exitCode == 1, qPrintable(args.join(' ') + '\n' + why(r)));
            QVERIFY2(r.err.contains(folder) && r.err.contains(QLatin1String("cannot be created")),
                     qPrintable(args.join(' ') + '\n' + why(r)));
            QCOMPARE(a.listing(), before);
        }
        // Reading needs no folder: the account simply has no profiles yet.
        auto r = a.run(kImprint, {"profile", "list", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        QCOMPARE(jsonOf(r.out)[QStringLiteral("folder")].toString(), profiles);
        QVERIFY(jsonOf(r.out)[QStringLiteral("profiles")].toArray().isEmpty());
        for (const QStringList& args :
             {QStringList{"profile", "show", "lab"}, QStringList{"profile", "rm", "lab"},
              QStringList{"profile", "export", "lab", "out.json"}}) {
            r = a.run(kImprint, args);
            QVERIFY2(r.exitCode == 2 && r.err.contains(profiles),
                     qPrintable(args.join(' ') + '\n' + why(r)));
        }
        QCOMPARE(a.listing(), before);
        // Writing what the user's folders are not needed for works, and leaves HOME alone.
        r = a.run(kImprint, {"flash", "demo.img", "--to", "flashed.img"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        r = a.run(kImprint, {"batch", "rows.csv", "--image", "demo.img", "--out", "batch"});
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        QVERIFY(QFileInfo::exists(a.work() + QStringLiteral("/batch/results.json")));
        QCOMPARE(QDir(a.home()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliFirstRun)
#include "tst_cli_firstrun.moc"
