// A loop device made by UDisks2's Manager.LoopSetup (so UDisks2 knows it, and records root as
// the one who set it up) and deleted through Loop.Delete again, for the UDisks2 tests.
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QDBusVariant>
#include <QString>
#include <QVariantMap>

#include <fcntl.h>
#include <unistd.h>

namespace imprint::test {

class UDisksLoop {
public:
    UDisksLoop(const QDBusConnection& bus, const QString& file) : bus_(bus) {
        const int fd = ::open(file.toLocal8Bit().constData(), O_RDWR | O_CLOEXEC);
        if (fd < 0) {
            error_ = QStringLiteral("cannot open ") + file;
            return;
        }
        auto call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.UDisks2"),
            QStringLiteral("/org/freedesktop/UDisks2/Manager"),
            QStringLiteral("org.freedesktop.UDisks2.Manager"), QStringLiteral("LoopSetup"));
        call.setArguments({QVariant::fromValue(QDBusUnixFileDescriptor(fd)), QVariantMap{}});
        const auto reply = bus_.call(call, QDBus::Block, 30000);
        ::close(fd);
        if (reply.type() != QDBusMessage::ReplyMessage) {
            error_ = reply.errorMessage();
            return;
        }
        object_ = qvariant_cast<QDBusObjectPath>(reply.arguments().value(0)).path();
        auto get = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.UDisks2"), object_,
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        get.setArguments(
            {QStringLiteral("org.freedesktop.UDisks2.Block"), QStringLiteral("Device")});
        const auto device = bus_.call(get);
        QByteArray bytes =
            qvariant_cast<QDBusVariant>(device.arguments().value(0)).variant().toByteArray();
        while (bytes.endsWith('\0')) {
            bytes.chop(1);
        }
        path_ = QString::fromLocal8Bit(bytes);
        if (!path_.startsWith(QLatin1String("/dev/loop"))) {
            error_ = QStringLiteral("no device node for ") + object_;
        }
    }
    ~UDisksLoop() {
        if (!object_.isEmpty()) {
            auto call = QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.UDisks2"), object_,
                QStringLiteral("org.freedesktop.UDisks2.Loop"), QStringLiteral("Delete"));
            call.setArguments({QVariantMap{}});
            bus_.call(call, QDBus::Block, 30000);
        }
    }
    UDisksLoop(const UDisksLoop&) = delete;
    UDisksLoop& operator=(const UDisksLoop&) = delete;

    [[nodiscard]] const QString& error() const { return error_; }
    [[nodiscard]] const QString& path() const { return path_; }

private:
    QDBusConnection bus_;
    QString object_;
    QString path_;
    QString error_;
};
} // namespace imprint::test
