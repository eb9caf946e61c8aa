#include "app/common/image/imageinfo.h"

#include "app/common/image/inspection.h"
#include "app/common/image/profileplan.h"
#include "core/disk/bootpartition.h"
#include "core/provision/wifi.h"

namespace imprint::app {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QByteArray bytesOf(const std::vector<std::uint8_t>& v) {
    return {reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size())};
}

QByteArray readOr(disk::BootPartition& boot, const std::string& path) {
    auto bytes = boot.readFile(path);
    return bytes ? bytesOf(*bytes) : QByteArray();
}

// The summary fields the Image step shows, from the facts.
void copyFacts(const flasher::ImageFacts& facts, ImageInfo& info) {
    info.kind = facts.kind == flasher::ImageKind::Directory     ? QStringLiteral("directory")
                : facts.kind == flasher::ImageKind::BlockDevice ? QStringLiteral("drive")
                                                                : QStringLiteral("image");
    if (facts.kind == flasher::ImageKind::Image) {
        info.compression = QString::fromLatin1(flasher::formatName(facts.format));
    }
    info.size = facts.size;
    info.tableKind = facts.table ? qs(facts.table->kind) : QString();
    for (const auto& p : facts.partitions) {
        info.partitions << PartitionInfo{p.number,         p.start,
                                         p.size,           qs(p.typeName),
                                         qs(p.filesystem), qs(p.name.empty() ? p.label : p.name),
                                         p.container};
    }
    const auto& boot = *facts.boot;
    info.bootPartition = boot.partition;
    info.bootReason = qs(boot.reason);
    info.deviceType = qs(boot.deviceType.value_or(""));
    info.deviceName = qs(boot.deviceName.value_or(""));
    info.osVersion = qs(boot.osVersion.value_or(""));
    info.development = boot.development;
    for (const auto& name : boot.networkFiles) {
        info.connectionFiles << qs(name);
    }
}

// The files the Configure step may change, as they are now.
void readEditableFiles(disk::BootPartition& boot, ImageInfo& info) {
    info.configText = readOr(boot, "/config.json");
    if (info.facts.boot->config.present) {
        info.editableFiles.insert(QStringLiteral("/config.json"), info.configText);
    }
    for (const auto& name : info.connectionFiles) {
        const QString path = QStringLiteral("/system-connections/") + name;
        const QByteArray text = readOr(boot, path.toStdString());
        info.editableFiles.insert(path, text);
        if (provision::readWifiNetwork(text.toStdString())) {
            info.wifiKeyfiles << text;
        }
    }
    for (const char* logo : {"/splash/balena-logo.png", "/splash/resin-logo.png"}) {
        if (auto bytes = boot.readFile(logo)) {
            info.logoPath = QString::fromLatin1(logo);
            info.logo = bytesOf(*bytes);
            info.editableFiles.insert(info.logoPath, info.logo);
            break;
        }
    }
}

// The boot partition the facts found, opened again over the kept device for its files.
Result<std::unique_ptr<disk::BootPartition>> openBoot(const PlanBase& base) {
    if (base.device() == nullptr) {
        return disk::openBootDirectory(base.path().toStdString(), false);
    }
    return disk::openBootPartition(std::make_unique<disk::Overlay>(*base.device()), {});
}

} // namespace

Result<ImageInfo> inspectImage(const QString& path) {
    auto inspection = inspect(path);
    if (!inspection) {
        return inspection.error();
    }
    ImageInfo info;
    info.path = path;
    info.facts = inspection->facts;
    if (!info.facts.boot) {
        // No boot partition: the problem that says why (no table, none found).
        for (const auto& problem : info.facts.problems) {
            if (problem.code.starts_with("partition.") || problem.code.starts_with("boot.")) {
                return problem;
            }
        }
        return Error("boot.not_found");
    }
    copyFacts(info.facts, info);
    auto base = PlanBase::adopt(path, *inspection);
    auto boot = openBoot(*base);
    if (!boot) {
        return boot.error();
    }
    readEditableFiles(**boot, info);
    info.planBase = std::move(base);
    return info;
}

QString logoFileName(const ImageInfo& info) {
    return info.logoPath.isEmpty() ? QStringLiteral("/splash/balena-logo.png") : info.logoPath;
}

} // namespace imprint::app
