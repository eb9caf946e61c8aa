// The GUI's and a user's path for real: `imprint flash` run as an unprivileged user (nobody,
// groups cleared) writes a loop device it cannot open itself, through UDisks2, with the real
// polkitd deciding from rules this test writes; without a granting rule nothing is written.
#include "tests/support/loopdevice.h"
#include "tests/support/testfiles.h"
#include "tests/support/udisksdaemons.h"
#include "tests/support/udisksloop.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

#include <pwd.h>
#include <unistd.h>

using imprint::test::readFile;
using imprint::test::runTool;
using imprint::test::UDisksLoop;

namespace {
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/udisks-polkit");
const QString kUser = QStringLiteral("nobody");
// What UDisks2 asks polkit for when a user opens a loop device (a non-removable drive is a
// "system" device; a USB stick asks for open-device) and unmounts a filesystem someone else
// mounted.
const QString kOpenSystem = QStringLiteral("org.freedesktop.udisks2.open-device-system");
const QString kOpen = QStringLiteral("org.freedesktop.udisks2.open-device");
const QString kUnmountOthers = QStringLiteral("org.freedesktop.udisks2.filesystem-unmount-others");

QByteArray sha(const QByteArray& b) {
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

bool isMounted(const QString& mountpoint) {
    const QByteArray mounts = readFile(QStringLiteral("/proc/self/mounts"));
    return mounts.contains(" " + mountpoint.toUtf8() + " ");
}
} // namespace

class TestUDisksPolkit : public QObject {
    Q_OBJECT
    imprint::test::UDisksDaemons daemons_;
    // /tmp, not TMPDIR: the unprivileged user must reach it (TMPDIR may be a private folder).
    QTemporaryDir scratch_{QStringLiteral("/tmp/imprint-polkit-XXXXXX")};
    QString rules_; // polkitd's /etc/polkit-1/rules.d, in its own mount namespace
    QString bin_;   // the programs, where the unprivileged user can reach them
    QString home_;  // the user's HOME, the only place it may write
    QString image_; // readable by everyone
    QString backing_ = kDir + QStringLiteral("/backing.img");
    QByteArray bytes_;
    uid_t uid_ = 0;
    gid_t gid_ = 0;

    // Runs `program args` as the unprivileged user: real and effective ids set, supplementary
    // groups cleared, no capabilities left (setpriv changes the ids of a root process).
    Run runAsUser(const QString& program, const QStringList& args) {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home_);
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("IMPRINT_FORCE_UDISKS"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(home_);
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=%1").arg(uid_),
                            QStringLiteral("--regid=%1").arg(gid_),
                            QStringLiteral("--clear-groups"), QStringLiteral("--"), program} +
                    args);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // `imprint flash IMAGE --to DEVICE --yes --json` as the user; the shell records its uid
    // and execs imprint in the same process, so the uid is imprint's.
    Run flashAsUser(const QString& device) {
        QFile::remove(home_ + QStringLiteral("/uid"));
        return runAsUser(QStringLiteral("/bin/sh"),
                         {QStringLiteral("-c"), QStringLiteral("id -u > uid && exec \"$@\""),
                          QStringLiteral("sh"), bin_ + QStringLiteral("/imprint"),
                          QStringLiteral("flash"), image_, QStringLiteral("--to"), device,
                          QStringLiteral("--yes"), QStringLiteral("--json")});
    }

    // An ext4 filesystem on `device`, mounted by root at `mnt` (someone else's mount for the
    // user).
    void mountExt4(const QString& device, const QString& mnt) {
        QVERIFY(QDir().mkpath(mnt));
        QCOMPARE(runTool(QStringLiteral("mkfs.ext4"),
                         {QStringLiteral("-q"), QStringLiteral("-F"), device})
                     .exitCode,
                 0);
        QCOMPARE(runTool(QStringLiteral("mount"), {device, mnt}).exitCode, 0);
    }

    // pkcheck as the user, about its own shell: 0 when polkit says yes.
    int policySays(const QString& action) {
        return runAsUser(QStringLiteral("/bin/sh"),
                         {QStringLiteral("-c"),
                          QStringLiteral("exec pkcheck --action-id \"$0\" --process $$"), action})
            .exitCode;
    }

    // A rule for the user alone: every action it asks for is logged, the listed ones granted.
    // Written whole and renamed into place; polkitd reloads on its own (inotify), so this waits
    // until pkcheck sees the new answer.
    void grant(const QStringList& actions) {
        const QString rule =
            QStringLiteral("polkit.addRule(function(action, subject) {\n"
                           "    if (subject.user != \"%1\") return polkit.Result.NOT_HANDLED;\n"
                           "    polkit.log(\"imprint-test: \" + action.id + \" for \" + "
                           "subject.user);\n"
                           "    if ([%2].indexOf(action.id) >= 0) return polkit.Result.YES;\n"
                           "    return polkit.Result.NOT_HANDLED;\n"
                           "});\n")
                .arg(kUser, actions.isEmpty()
                                ? QString()
                                : QLatin1Char('"') + actions.join(QStringLiteral("\", \"")) +
                                      QLatin1Char('"'));
        const QString temporary = rules_ + QStringLiteral("/rule.tmp");
        QVERIFY(imprint::test::writeFile(temporary, rule.toUtf8()));
        QFile::remove(rules_ + QStringLiteral("/49-imprint-test.rules"));
        QVERIFY(QFile::rename(temporary, rules_ + QStringLiteral("/49-imprint-test.rules")));
        for (const QString& a : {kOpen, kOpenSystem, kUnmountOthers}) {
            const bool want = actions.contains(a);
            QElapsedTimer t;
            t.start();
            while ((policySays(a) == 0) != want && t.elapsed() < 15000) {
                QThread::msleep(100);
            }
            QVERIFY2((policySays(a) == 0) == want, qPrintable(a + daemons_.polkitLog()));
        }
    }

    void fillBacking(char byte) {
        QVERIFY(imprint::test::writeFile(backing_, QByteArray(16 << 20, byte)));
    }

    // The user cannot open the device itself: only UDisks2 can hand it a descriptor.
    void userCannotOpen(const QString& device) {
        const auto r = runAsUser(QStringLiteral("/bin/sh"),
                                 {QStringLiteral("-c"), QStringLiteral("exec 3<>\"$0\""), device});
        QVERIFY2(r.exitCode != 0, qPrintable(device + QStringLiteral(" opened by ") + kUser));
    }

private slots:
    void initTestCase() {
        if (geteuid() != 0) {
            QSKIP("udisksd, polkitd and loop devices need root");
        }
        const passwd* user = getpwnam(kUser.toLatin1().constData());
        if (user == nullptr) {
            QSKIP("there is no user 'nobody' to run imprint as");
        }
        uid_ = user->pw_uid;
        gid_ = user->pw_gid;
        QVERIFY(scratch_.isValid());
        // The build tree may sit where the user cannot reach: the programs and the image are
        // copied to a scratch folder everyone can read.
        QVERIFY(QFile::setPermissions(scratch_.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                           QFile::ExeOwner | QFile::ReadGroup |
                                                           QFile::ExeGroup | QFile::ReadOther |
                                                           QFile::ExeOther));
        rules_ = scratch_.path() + QStringLiteral("/rules");
        bin_ = scratch_.path() + QStringLiteral("/bin");
        home_ = scratch_.path() + QStringLiteral("/home");
        image_ = scratch_.path() + QStringLiteral("/image.img");
        for (const QString& d : {rules_, bin_, home_}) {
            QVERIFY(QDir().mkpath(d));
            QVERIFY(::chmod(d.toLocal8Bit().constData(), 0755) == 0);
        }
        QVERIFY(::chown(home_.toLocal8Bit().constData(), uid_, gid_) == 0);
        for (const char* program : {"imprint", "imprint-lite", "imprint-qt"}) {
            const QString from = QStringLiteral(IMPRINT_BIN_DIR "/") + QLatin1String(program);
            if (QFileInfo::exists(from)) {
                QVERIFY(QFile::copy(from, bin_ + QLatin1Char('/') + QLatin1String(program)));
            }
        }
        QVERIFY(QFileInfo(bin_ + QStringLiteral("/imprint")).isExecutable());
        // A scratch folder the user cannot reach would make every case below fail for a reason
        // that has nothing to do with polkit.
        const auto version =
            runAsUser(bin_ + QStringLiteral("/imprint"), {QStringLiteral("--version")});
        QVERIFY2(version.exitCode == 0,
                 qPrintable(kUser + QStringLiteral(" cannot run imprint from ") + bin_ +
                            QStringLiteral(": ") + version.err));

        QDir(kDir).removeRecursively();
        QDir().mkpath(kDir);
        const QString why = daemons_.start(kDir + QStringLiteral("/daemons"), rules_);
        if (!why.isEmpty()) {
            QSKIP(qPrintable(QStringLiteral("UDisks2 with polkitd cannot run here: ") + why));
        }
        bytes_ = imprint::test::makeImage(12 << 20, 7);
        QVERIFY(imprint::test::writeFile(image_, bytes_));
        QVERIFY(QFile::setPermissions(image_, QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ReadGroup | QFile::ReadOther));
        fillBacking('\x5a');
    }

    // No rule grants it: polkit's default for a subject outside an active session is
    // auth_admin, and with no agent to ask anyone UDisks2 says no. imprint says so, with what
    // to do, exits 1, and the device keeps every byte.
    void refusedWithoutRule() {
        grant({});
        fillBacking('\x33');
        UDisksLoop loop(daemons_.bus(), backing_);
        QVERIFY2(loop.error().isEmpty(), qPrintable(loop.error()));
        userCannotOpen(loop.path());
        const QByteArray before = sha(readFile(backing_));
        const qsizetype logged = daemons_.polkitLog().size();
        const auto r = flashAsUser(loop.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("polkit")) && r.err.contains(loop.path()) &&
                     r.err.contains(QLatin1String("sudo")),
                 qPrintable(r.err));
        QCOMPARE(sha(readFile(backing_)), before);
        // polkitd was asked while imprint ran (the pkcheck probes came before), for this user
        // and this action.
        QVERIFY2(daemons_.polkitLog().mid(logged).contains(QStringLiteral("imprint-test: ") +
                                                           kOpenSystem + QStringLiteral(" for ") +
                                                           kUser),
                 qPrintable(daemons_.polkitLog()));
    }

    // A rule grants opening devices to this user alone: the unprivileged imprint writes and
    // verifies the device through UDisks2's descriptor. It ran with --yes, so its OpenDevice
    // call (seen on the bus by dbus-monitor) tells UDisks2 that polkit may not ask anyone.
    void writesWhenPolkitAllows() {
        grant({kOpen, kOpenSystem});
        fillBacking('\x5a');
        UDisksLoop loop(daemons_.bus(), backing_);
        QVERIFY2(loop.error().isEmpty(), qPrintable(loop.error()));
        userCannotOpen(loop.path());
        QProcess monitor;
        monitor.start(QStringLiteral("dbus-monitor"),
                      {QStringLiteral("--address"), daemons_.address(),
                       QStringLiteral("type='method_call',member='OpenDevice'")});
        QVERIFY(monitor.waitForStarted());
        // It prints its own NameAcquired once it is attached.
        QTRY_VERIFY_WITH_TIMEOUT((monitor.waitForReadyRead(100), monitor.bytesAvailable() > 0),
                                 10000);
        const auto r = flashAsUser(loop.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        monitor.terminate();
        monitor.waitForFinished(5000);
        const QString seen = QString::fromUtf8(monitor.readAll());
        const auto at = seen.indexOf(QLatin1String("member=OpenDevice"));
        QVERIFY2(at >= 0, qPrintable(seen));
        static const QRegularExpression noInteraction(
            QStringLiteral(R"("auth\.no_user_interaction"\s+variant\s+boolean true)"));
        QVERIFY2(seen.mid(at).contains(noInteraction), qPrintable(seen.mid(at)));
        QCOMPARE(readFile(home_ + QStringLiteral("/uid")).trimmed(), QByteArray::number(uid_));
        const QByteArray written = readFile(backing_);
        QCOMPARE(sha(written.left(bytes_.size())), sha(bytes_));
        QCOMPARE(written.right(1 << 20), QByteArray(1 << 20, '\0'));
        QCOMPARE(written.mid(bytes_.size(), 3 << 20), QByteArray(3 << 20, '\x5a'));
    }

    // A filesystem root mounted from the device: the user may open the device but not unmount
    // another user's mount, so nothing is unmounted or written, and the message says why.
    void mountedAndUnmountRefused() {
        grant({kOpen, kOpenSystem});
        fillBacking('\0');
        UDisksLoop loop(daemons_.bus(), backing_);
        QVERIFY2(loop.error().isEmpty(), qPrintable(loop.error()));
        const QString mnt = scratch_.path() + QStringLiteral("/mnt");
        mountExt4(loop.path(), mnt);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray before = sha(readFile(backing_));
        const qsizetype logged = daemons_.polkitLog().size();
        const auto r = flashAsUser(loop.path());
        const bool stillMounted = isMounted(mnt);
        const QByteArray after = sha(readFile(backing_));
        runTool(QStringLiteral("umount"), {mnt});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("polkit")) && r.err.contains(QLatin1String("sudo")),
                 qPrintable(r.err));
        QVERIFY(stillMounted);
        QCOMPARE(after, before);
        QVERIFY(daemons_.polkitLog().mid(logged).contains(QStringLiteral("imprint-test: ") +
                                                          kUnmountOthers));
    }

    // Granted the unmount too, UDisks2 unmounts root's mount for the user and the write goes on.
    void mountedAndUnmountAllowed() {
        grant({kOpen, kOpenSystem, kUnmountOthers});
        fillBacking('\0');
        UDisksLoop loop(daemons_.bus(), backing_);
        QVERIFY2(loop.error().isEmpty(), qPrintable(loop.error()));
        const QString mnt = scratch_.path() + QStringLiteral("/mnt");
        mountExt4(loop.path(), mnt);
        if (QTest::currentTestFailed()) {
            return;
        }
        // The drive list needs no root either: the user sees the device, its size and root's
        // mount (the GUI offers it, to be unmounted).
        const auto list = runAsUser(
            bin_ + QStringLiteral("/imprint"),
            {QStringLiteral("drives"), QStringLiteral("--all"), QStringLiteral("--json")});
        QJsonObject listed;
        for (const auto d :
             QJsonDocument::fromJson(list.out.toUtf8())[QStringLiteral("drives")].toArray()) {
            if (d[QStringLiteral("path")].toString() == loop.path()) {
                listed = d.toObject();
            }
        }
        QVERIFY2(!listed.isEmpty(), qPrintable(list.out + list.err));
        QCOMPARE(listed[QStringLiteral("size")].toInteger(), qint64(16) << 20);
        QCOMPARE(listed[QStringLiteral("verdict")].toString(), QStringLiteral("unmount"));
        QVERIFY(listed[QStringLiteral("mountpoints")].toArray().contains(mnt));
        const auto r = flashAsUser(loop.path());
        const bool stillMounted = isMounted(mnt);
        if (stillMounted) {
            runTool(QStringLiteral("umount"), {mnt});
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(!stillMounted);
        QCOMPARE(sha(readFile(backing_).left(bytes_.size())), sha(bytes_));
    }
};

QTEST_GUILESS_MAIN(TestUDisksPolkit)
#include "tst_udisks_polkit.moc"
