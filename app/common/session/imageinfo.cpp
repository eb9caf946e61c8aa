#include "app/common/session/imageinfo.h"

#include "app/common/disk/boottarget.h"
#include "app/common/session/profileplan.h"
#include "core/disk/bootpartition.h"
#include "core/disk/filesystemprobe.h"
#include "core/disk/partitiontable.h"
#include "core/provision/devmode.h"
#include "core/provision/wifi.h"
#include "flasher/source/source.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace imprint::app {
namespace {

QByteArray bytesOf(const std::vector<std::uint8_t>& v) {
    return {reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size())};
}

QByteArray readOr(disk::BootPartition& boot, const char* path) {
    auto bytes = boot.readFile(path);
    return bytes ? bytesOf(*bytes) : QByteArray();
}

// KEY=value lines of os-release, quotes removed (core/provision's parser).
QHash<QString, QString> parseOsRelease(const QByteArray& text) {
    QHash<QString, QString> out;
    for (const auto& [key, value] : provision::parseOsRelease(text.toStdString())) {
        out.insert(QString::fromStdString(key), QString::fromStdString(value));
    }
    return out;
}

void readBootFiles(disk::BootPartition& boot, ImageInfo& info) {
    const auto release = parseOsRelease(readOr(boot, "/os-release"));
    for (const char* key : {"VERSION_ID", "META_BALENA_VERSION", "VERSION"}) {
        if (release.contains(QLatin1String(key))) {
            info.osVersion = release.value(QLatin1String(key));
            break;
        }
    }
    const auto deviceType = QJsonDocument::fromJson(readOr(boot, "/device-type.json")).object();
    info.deviceType = deviceType.value(QLatin1String("slug")).toString();
    info.deviceName = deviceType.value(QLatin1String("name")).toString();
    info.configText = readOr(boot, "/config.json");
    if (auto present = boot.exists("/config.json"); present && *present) {
        info.editableFiles.insert(QStringLiteral("/config.json"), info.configText);
    }
    const auto config = QJsonDocument::fromJson(info.configText).object();
    // Old development builds say so in os-release; newer ones in config.json.
    const QString variant =
        release.value(QStringLiteral("VARIANT_ID")) + release.value(QStringLiteral("VARIANT"));
    info.development = variant.contains(QLatin1String("dev"), Qt::CaseInsensitive) ||
                       config.value(QLatin1String("developmentMode")).toBool();
    if (auto entries = boot.list("/system-connections")) {
        for (const auto& e : *entries) {
            if (e.directory || provision::networkManagerSkips(e.name)) {
                continue;
            }
            info.connectionFiles << QString::fromStdString(e.name);
            const QByteArray text = readOr(boot, ("/system-connections/" + e.name).c_str());
            info.editableFiles.insert(
                QStringLiteral("/system-connections/") + QString::fromStdString(e.name), text);
            if (provision::readWifiNetwork(text.toStdString())) {
                info.wifiKeyfiles << text;
            }
        }
    }
    for (const char* logo : {"/splash/balena-logo.png", "/splash/resin-logo.png"}) {
        auto bytes = boot.readFile(logo);
        if (bytes) {
            info.logoPath = QString::fromLatin1(logo);
            info.logo = bytesOf(*bytes);
            info.editableFiles.insert(info.logoPath, info.logo);
            break;
        }
    }
}

// How far into a compressed image partitions are probed for their file system: each probe
// decodes the stream up to it, and a data partition near the end of a large image would cost
// the whole decompression. Beyond it the layout shows no file system.
constexpr std::uint64_t kProbeBytes = 256ull << 20;

Result<std::unique_ptr<disk::BootPartition>> openDisk(disk::BlockDevice* device,
                                                      std::unique_ptr<disk::BlockDevice> owned,
                                                      ImageInfo& info, bool compressed) {
    auto table = disk::PartitionTable::read(*device);
    if (!table) {
        return table.error();
    }
    info.size = device->size();
    info.tableKind = QString::fromStdString(table->kind());
    for (const auto& p : table->partitions()) {
        PartitionInfo part;
        part.number = p.number;
        part.start = p.start;
        part.size = p.size;
        part.typeName = QString::fromStdString(p.typeName);
        part.container = p.container;
        part.label = QString::fromStdString(p.name);
        if (!p.container && (!compressed || p.start < kProbeBytes)) {
            const auto fs = disk::probeFilesystem(*device, p.start, p.size);
            part.filesystem = QString::fromStdString(fs.type);
            if (part.label.isEmpty()) {
                part.label = QString::fromStdString(fs.label);
            }
        }
        info.partitions << part;
    }
    return disk::openBootPartition(std::move(owned), {});
}

} // namespace

Result<ImageInfo> inspectImage(const QString& path) {
    ImageInfo info;
    info.path = path;
    std::unique_ptr<disk::BootPartition> boot;
    switch (targetKind(path)) {
    case TargetKind::Missing:
        return Error("disk.open_failed")
            .with("path", path.toStdString())
            .with("reason", "disk.no_such_file");
    case TargetKind::Directory: {
        info.kind = QStringLiteral("directory");
        auto dir = disk::openBootDirectory(path.toStdString(), false);
        if (!dir) {
            return dir.error();
        }
        boot = std::move(*dir);
        auto base = PlanBase::open(path);
        if (!base) {
            return base.error();
        }
        info.planBase = std::move(*base);
        break;
    }
    case TargetKind::BlockDevice:
    case TargetKind::ImageFile: {
        info.kind = targetKind(path) == TargetKind::BlockDevice ? QStringLiteral("drive")
                                                                : QStringLiteral("image");
        auto source = flasher::Source::open(path.toStdString());
        if (!source) {
            return source.error();
        }
        info.compression = QString::fromLatin1(flasher::formatName((*source)->format()));
        // The plans of the Configure step read the same bytes: a compressed image is
        // decompressed once, here, off the GUI thread.
        auto base = PlanBase::open(path);
        if (!base) {
            return base.error();
        }
        info.planBase = std::move(*base);
        auto view = std::make_unique<disk::Overlay>(*info.planBase->device());
        disk::BlockDevice* raw = view.get();
        auto opened = openDisk(raw, std::move(view), info, info.planBase->headEnd() != 0);
        if (!opened) {
            return opened.error();
        }
        boot = std::move(*opened);
        break;
    }
    }
    info.bootPartition = boot->location().number;
    info.bootReason = QString::fromStdString(boot->location().reason);
    readBootFiles(*boot, info);
    return info;
}

QString logoFileName(const ImageInfo& info) {
    return info.logoPath.isEmpty() ? QStringLiteral("/splash/balena-logo.png") : info.logoPath;
}

} // namespace imprint::app
