// A fresh account for first-run tests: an empty HOME, in one of three states (no XDG_* set;
// XDG_* pointing at folders that do not exist; a read-only HOME), with a work folder of its own
// for images and outputs, and programs run in it as that user would run them.
//
// The read-only HOME is real: root ignores directory permissions, so when the test runs as root
// the program runs as `nobody` (setpriv) in a HOME owned by root, mode 0555; any other user
// gets a HOME of its own made 0555.
#pragma once

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

#include <sys/stat.h>

#include <pwd.h>
#include <unistd.h>

namespace imprint::test {

class FreshHome {
public:
    enum Kind { NoXdg, MissingXdg, ReadOnly };

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Everything of the account lives under `root` (removed first).
    FreshHome(const QString& root, Kind kind) : root_(root), kind_(kind) {
        QDir(root_).removeRecursively();
        QDir().mkpath(home());
        QDir().mkpath(work());
        if (kind_ == ReadOnly) {
            QFile::setPermissions(home(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        }
        if (asNobody()) {
            const passwd* pw = ::getpwnam("nobody");
            uid_ = pw ? pw->pw_uid : 65534;
            gid_ = pw ? pw->pw_gid : 65534;
            // The work folder is the user's: its images, manifests and outputs.
            QProcess::execute(
                QStringLiteral("chown"),
                {QStringLiteral("-R"), QStringLiteral("%1:%2").arg(uid_).arg(gid_), work()});
        }
    }
    ~FreshHome() {
        QFile::setPermissions(home(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    FreshHome(const FreshHome&) = delete;
    FreshHome& operator=(const FreshHome&) = delete;

    [[nodiscard]] Kind kind() const { return kind_; }
    [[nodiscard]] QString name() const {
        return kind_ == NoXdg        ? QStringLiteral("empty HOME, no XDG_*")
               : kind_ == MissingXdg ? QStringLiteral("XDG_* at missing folders")
                                     : QStringLiteral("read-only HOME");
    }
    [[nodiscard]] QString home() const { return root_ + QStringLiteral("/home"); }
    [[nodiscard]] QString work() const { return root_ + QStringLiteral("/work"); }
    // Where the user's folders are meant to be.
    [[nodiscard]] QString config() const {
        return kind_ == MissingXdg ? root_ + QStringLiteral("/xdg/config")
                                   : home() + QStringLiteral("/.config");
    }
    [[nodiscard]] QString data() const {
        return kind_ == MissingXdg ? root_ + QStringLiteral("/xdg/data")
                                   : home() + QStringLiteral("/.local/share");
    }
    [[nodiscard]] QString cache() const {
        return kind_ == MissingXdg ? root_ + QStringLiteral("/xdg/cache")
                                   : home() + QStringLiteral("/.cache");
    }

    // A file of the user's in the work folder (owned by the user who runs the programs).
    bool put(const QString& name, const QByteArray& bytes) const {
        QFile f(work() + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            return false;
        }
        f.close();
        return chownToUser(f.fileName());
    }
    bool copy(const QString& from, const QString& name) const {
        const QString to = work() + QLatin1Char('/') + name;
        return QProcess::execute(QStringLiteral("cp"),
                                 {QStringLiteral("--sparse=always"), from, to}) == 0 &&
               chownToUser(to);
    }

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& key : env.keys()) {
            if (key.startsWith(QLatin1String("XDG_")) ||
                key.startsWith(QLatin1String("IMPRINT_"))) {
                env.remove(key);
            }
        }
        env.insert(QStringLiteral("HOME"), home());
        env.insert(QStringLiteral("IMPRINT_LANG"), QStringLiteral("en"));
        if (kind_ == MissingXdg) {
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config());
            env.insert(QStringLiteral("XDG_DATA_HOME"), data());
            env.insert(QStringLiteral("XDG_CACHE_HOME"), cache());
        }
        return env;
    }

    // Runs `program` as the account's user, in the work folder, while this test's event loop
    // keeps running (an HTTP test server answers meanwhile).
    Run run(const QString& program, const QStringList& arguments, int timeoutMs = 120000) const {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(work());
        if (asNobody()) {
            p.start(QStringLiteral("setpriv"),
                    QStringList{QStringLiteral("--reuid=%1").arg(uid_),
                                QStringLiteral("--regid=%1").arg(gid_),
                                QStringLiteral("--clear-groups"), QStringLiteral("--"), program} +
                        arguments);
        } else {
            p.start(program, arguments);
        }
        if (!p.waitForStarted()) {
            return {};
        }
        p.closeWriteChannel();
        QDeadlineTimer deadline(timeoutMs);
        while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QTest::qWait(5);
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Every file and folder under the account (HOME, the XDG folders, work): path, type, mode,
    // size and content digest, to show that a run changed nothing.
    [[nodiscard]] QStringList listing() const {
        QStringList out;
        QDirIterator it(root_,
                        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            struct stat st {};
            ::lstat(QFile::encodeName(path).constData(), &st);
            QString line =
                path.mid(root_.size()) +
                QStringLiteral(" %1 %2").arg(st.st_mode, 0, 8).arg(static_cast<qint64>(st.st_size));
            if (S_ISREG(st.st_mode)) {
                line += QLatin1Char(' ') + digest(path);
            }
            out << line;
        }
        out.sort();
        return out;
    }

    // A folder's permission bits as `stat` (not Imprint) reads them, e.g. "700".
    static QString mode(const QString& path) {
        QProcess p;
        p.start(QStringLiteral("stat"), {QStringLiteral("-c"), QStringLiteral("%a"), path});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private:
    [[nodiscard]] bool asNobody() const { return kind_ == ReadOnly && ::geteuid() == 0; }

    bool chownToUser(const QString& path) const {
        return !asNobody() || ::chown(QFile::encodeName(path).constData(), uid_, gid_) == 0;
    }

    static QString digest(const QString& path) {
        QFile f(path);
        QCryptographicHash h(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly)) {
            h.addData(&f);
        }
        return QString::fromLatin1(h.result().toHex().left(16));
    }

    QString root_;
    Kind kind_;
    uid_t uid_ = 0;
    gid_t gid_ = 0;
};

} // namespace imprint::test
