#include "app/common/udisks/udisks.h"

#include "flasher/platform/file.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusUnixFileDescriptor>
#include <QDBusVariant>
#include <QVariantMap>

namespace imprint::app {
namespace {

const QString kService = QStringLiteral("org.freedesktop.UDisks2");
const QString kManagerPath = QStringLiteral("/org/freedesktop/UDisks2/Manager");
const QString kManager = QStringLiteral("org.freedesktop.UDisks2.Manager");
const QString kBlock = QStringLiteral("org.freedesktop.UDisks2.Block");
const QString kFilesystem = QStringLiteral("org.freedesktop.UDisks2.Filesystem");
const QString kPartitionTable = QStringLiteral("org.freedesktop.UDisks2.PartitionTable");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");

// Unmounting and the polkit prompt may take a while; a prompt is answered by a person.
constexpr int kCallTimeoutMs = 5 * 60 * 1000;

QDBusMessage call(const QString& path, const QString& interface, const QString& method,
                  const QList<QVariant>& arguments) {
    auto message = QDBusMessage::createMethodCall(kService, path, interface, method);
    message.setArguments(arguments);
    return QDBusConnection::systemBus().call(message, QDBus::Block, kCallTimeoutMs);
}

std::string text(const QDBusMessage& reply) { return reply.errorMessage().toStdString(); }

// polkit said no: no rule allows it and no agent could ask a person (no desktop session, a
// session that is not active), or the person dismissed the prompt. UDisks2 answers
// NotAuthorized, NotAuthorizedCanObtain or NotAuthorizedDismissed.
bool notAuthorized(const QDBusMessage& reply) {
    return reply.errorName().startsWith(
        QLatin1String("org.freedesktop.UDisks2.Error.NotAuthorized"));
}

Error refusedByPolicy(const std::string& devicePath, const QDBusMessage& reply) {
    return Error("udisks.not_authorized").with("name", devicePath).with("detail", text(reply));
}

// A property, or an invalid QVariant when the object lacks the interface.
QVariant property(const QString& path, const QString& interface, const QString& name) {
    const auto reply = call(path, kProperties, QStringLiteral("Get"), {interface, name});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        return {};
    }
    return qvariant_cast<QDBusVariant>(reply.arguments().at(0)).variant();
}

QList<QDBusObjectPath> objectPaths(const QVariant& value) {
    QList<QDBusObjectPath> paths;
    if (value.metaType() == QMetaType::fromType<QList<QDBusObjectPath>>()) {
        return value.value<QList<QDBusObjectPath>>();
    }
    if (value.canConvert<QDBusArgument>()) {
        const auto argument = value.value<QDBusArgument>();
        argument >> paths;
    }
    return paths;
}

// MountPoints is aay: NUL-terminated byte strings.
QStringList mountPoints(const QVariant& value) {
    QStringList points;
    if (!value.canConvert<QDBusArgument>()) {
        return points;
    }
    const auto argument = value.value<QDBusArgument>();
    argument.beginArray();
    while (!argument.atEnd()) {
        QByteArray bytes;
        argument >> bytes;
        while (bytes.endsWith('\0')) {
            bytes.chop(1);
        }
        points << QString::fromLocal8Bit(bytes);
    }
    argument.endArray();
    return points;
}

// The options every call that polkit may check carries: UDisks2 asks polkit to allow user
// interaction unless told not to.
QVariantMap authOptions(bool interactive) {
    QVariantMap options;
    if (!interactive) {
        options.insert(QStringLiteral("auth.no_user_interaction"), true);
    }
    return options;
}

Result<void> unmountAll(const std::string& devicePath, const QString& object, bool interactive) {
    QStringList objects{object};
    for (const auto& p :
         objectPaths(property(object, kPartitionTable, QStringLiteral("Partitions")))) {
        objects << p.path();
    }
    for (const auto& o : objects) {
        const auto points = mountPoints(property(o, kFilesystem, QStringLiteral("MountPoints")));
        if (points.isEmpty()) {
            continue;
        }
        const auto reply =
            call(o, kFilesystem, QStringLiteral("Unmount"), {authOptions(interactive)});
        if (notAuthorized(reply)) {
            return refusedByPolicy(devicePath, reply);
        }
        if (reply.type() != QDBusMessage::ReplyMessage) {
            return Error("udisks.unmount_failed")
                .with("name", devicePath)
                .with("mountpoint", points.first().toStdString())
                .with("detail", text(reply));
        }
    }
    return {};
}

} // namespace

Result<QString> UDisksBroker::objectFor(const std::string& devicePath) {
    if (!QDBusConnection::systemBus().isConnected()) {
        return Error("udisks.unavailable")
            .with("detail", QDBusConnection::systemBus().lastError().message().toStdString());
    }
    const QVariantMap spec{{QStringLiteral("path"), QString::fromStdString(devicePath)}};
    const auto reply =
        call(kManagerPath, kManager, QStringLiteral("ResolveDevice"), {spec, QVariantMap{}});
    if (reply.type() != QDBusMessage::ReplyMessage) {
        const bool noDaemon = reply.errorName().startsWith(QLatin1String("org.freedesktop.DBus."));
        return Error(noDaemon ? "udisks.unavailable" : "udisks.no_such_device")
            .with("name", devicePath)
            .with("detail", text(reply));
    }
    const auto found = objectPaths(reply.arguments().value(0));
    if (found.isEmpty()) {
        return Error("udisks.no_such_device")
            .with("name", devicePath)
            .with("detail", "udisks.unknown_device");
    }
    return found.first().path();
}

Result<int> UDisksBroker::openDrive(const std::string& devicePath) {
    auto object = objectFor(devicePath);
    if (!object) {
        return object.error();
    }
    if (auto r = unmountAll(devicePath, *object, interactive_); !r) {
        return r.error();
    }
    QVariantMap options = authOptions(interactive_);
    // O_EXCL | O_DIRECT: what the flasher opens a drive with itself.
    options.insert(QStringLiteral("flags"),
                   platform::posixOpenFlags(platform::kExclusive | platform::kDirect));
    const auto reply =
        call(*object, kBlock, QStringLiteral("OpenDevice"), {QStringLiteral("rw"), options});
    if (notAuthorized(reply)) {
        return refusedByPolicy(devicePath, reply);
    }
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        return Error("udisks.open_failed").with("name", devicePath).with("detail", text(reply));
    }
    const auto descriptor = qvariant_cast<QDBusUnixFileDescriptor>(reply.arguments().at(0));
    // The QDBusUnixFileDescriptor closes its own copy; the Target keeps a duplicate.
    const int fd = descriptor.isValid() ? platform::duplicateFile(descriptor.fileDescriptor()) : -1;
    if (fd < 0) {
        return Error("udisks.open_failed")
            .with("name", devicePath)
            .with("detail", "udisks.no_descriptor");
    }
    return fd;
}

} // namespace imprint::app
