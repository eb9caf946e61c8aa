// A private system bus with udisksd (and systemd-udevd when none runs, and polkitd when asked)
// for tests of the UDisks2 path: started in a scratch directory, stopped by the pids it
// started, nothing else.
#pragma once

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QThread>

#include <sys/socket.h>
#include <sys/un.h>

#include <cstring>
#include <memory>
#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace imprint::test {

class UDisksDaemons {
public:
    // Empty on success, else why the daemons could not start (the test then skips).
    // With `polkitRules`, polkitd decides for udisksd, reading its local rules from that
    // folder instead of /etc/polkit-1/rules.d (a bind mount seen by polkitd alone, in a mount
    // namespace of its own): the machine's polkit configuration is never touched.
    QString start(const QString& dir, const QString& polkitRules = {}) {
        const QString dbus = QStringLiteral("/usr/bin/dbus-daemon");
        const QString udevd = QStringLiteral("/lib/systemd/systemd-udevd");
        const QString udisksd = QStringLiteral("/usr/libexec/udisks2/udisksd");
        QStringList programs{dbus, udevd, udisksd};
        if (!polkitRules.isEmpty()) {
            programs << QString::fromLatin1(kPolkitd) << QStringLiteral("/usr/bin/unshare");
            // polkitd starts as root and becomes this user (Debian's polkitd package makes it).
            if (getpwnam("polkitd") == nullptr) {
                return QStringLiteral("there is no polkitd user (install polkitd)");
            }
        }
        for (const auto& p : programs) {
            if (!QFileInfo(p).isExecutable()) {
                return p + QStringLiteral(" is not installed");
            }
        }
        QDir().mkpath(dir);
        const QString socket = dir + QStringLiteral("/system_bus_socket");
        const QString config = dir + QStringLiteral("/system-bus.conf");
        QFile conf(config);
        if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return QStringLiteral("cannot write ") + config;
        }
        // A system bus of our own: the machine's bus (if any) is left alone. The service
        // policies come from the installed packages (UDisks2's among them).
        conf.write(QStringLiteral(
                       "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                       "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/"
                       "busconfig.dtd\">\n<busconfig><type>system</type>"
                       "<listen>unix:path=%1</listen><auth>EXTERNAL</auth>"
                       "<policy context=\"default\"><allow user=\"*\"/><allow own=\"*\"/>"
                       "<allow send_destination=\"*\"/><allow receive_sender=\"*\"/></policy>"
                       "<includedir>/usr/share/dbus-1/system.d</includedir></busconfig>\n")
                       .arg(socket)
                       .toUtf8());
        conf.close();
        address_ = QStringLiteral("unix:path=") + socket;

        dir_ = dir;
        launch(dbus, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                      QStringLiteral("--nopidfile")});
        if (!waitFor([&] { return QFileInfo::exists(socket); })) {
            return QStringLiteral("dbus-daemon did not start: ") + log(dbus);
        }
        // udisksd learns about block devices from udev: start one unless one runs already.
        if (!udevRunning()) {
            launch(udevd, {});
            if (!waitFor([] { return udevRunning(); })) {
                return QStringLiteral("systemd-udevd did not start: ") + log(udevd);
            }
        }
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", address_.toUtf8());
        auto connection = QDBusConnection::connectToBus(address_, QStringLiteral("udisks-test"));
        // Before udisksd, which asks polkit's authority from its start.
        if (!polkitRules.isEmpty()) {
            // unshare gives a private mount namespace (propagation private), sh binds the
            // rules there and execs polkitd: the pid started is polkitd's own.
            launch(QStringLiteral("/usr/bin/unshare"),
                   {QStringLiteral("--mount"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                    QStringLiteral("mount --bind \"$1\" /etc/polkit-1/rules.d && exec %1")
                        .arg(QString::fromLatin1(kPolkitd)),
                    QStringLiteral("sh"), polkitRules},
                   QStringLiteral("polkitd"));
            if (!waitFor([&] {
                    return connection.isConnected() &&
                           connection.interface()->isServiceRegistered(
                               QStringLiteral("org.freedesktop.PolicyKit1"));
                })) {
                return QStringLiteral("polkitd did not take its bus name: ") +
                       log(QStringLiteral("polkitd"));
            }
        }
        launch(udisksd, {QStringLiteral("--no-sigint")});
        if (!waitFor([&] {
                return connection.isConnected() && connection.interface()->isServiceRegistered(
                                                       QStringLiteral("org.freedesktop.UDisks2"));
            })) {
            return QStringLiteral("udisksd did not take its bus name: ") + log(udisksd);
        }
        return {};
    }

    [[nodiscard]] const QString& address() const { return address_; }
    // What polkitd printed so far (its rules' polkit.log() lines among it).
    [[nodiscard]] QString polkitLog() const { return log(QStringLiteral("polkitd")); }
    [[nodiscard]] QDBusConnection bus() const {
        return QDBusConnection(QStringLiteral("udisks-test"));
    }

    // Last started, first stopped; each by its own pid.
    ~UDisksDaemons() {
        QDBusConnection::disconnectFromBus(QStringLiteral("udisks-test"));
        for (auto it = started_.rbegin(); it != started_.rend(); ++it) {
            (*it)->terminate();
            if (!(*it)->waitForFinished(5000)) {
                (*it)->kill();
                (*it)->waitForFinished(5000);
            }
        }
    }

private:
    // A udevd answers on its control socket; a socket file alone may be left from a dead one.
    static bool udevRunning() {
        const int fd = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            return false;
        }
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strcpy(address.sun_path, "/run/udev/control");
        const bool ok =
            ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
        ::close(fd);
        return ok;
    }

    static constexpr const char* kPolkitd = "/usr/lib/polkit-1/polkitd";

    // Output goes to DIR/<name>.log, so a chatty daemon never blocks on a full pipe.
    void launch(const QString& program, const QStringList& args, const QString& name = {}) {
        started_.push_back(std::make_unique<QProcess>());
        auto* p = started_.back().get();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->setStandardOutputFile(logPath(name.isEmpty() ? program : name));
        p->start(program, args);
        p->waitForStarted();
    }
    [[nodiscard]] QString logPath(const QString& program) const {
        return dir_ + QLatin1Char('/') + QFileInfo(program).fileName() + QStringLiteral(".log");
    }
    [[nodiscard]] QString log(const QString& program) const {
        QFile f(logPath(program));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    template <typename F>
    static bool waitFor(F ready) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000) {
            if (ready()) {
                return true;
            }
            QThread::msleep(50);
        }
        return false;
    }

    QString address_;
    QString dir_;
    std::vector<std::unique_ptr<QProcess>> started_;
};

} // namespace imprint::test
