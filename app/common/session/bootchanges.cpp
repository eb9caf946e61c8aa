#include "app/common/session/bootchanges.h"

#include "app/common/disk/boottarget.h"
#include "app/common/session/headdevice.h"
#include "flasher/source/source.h"

#include <cstring>

namespace imprint::app {
namespace {

std::span<const std::uint8_t> span(const QByteArray& bytes) {
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()),
            static_cast<std::size_t>(bytes.size())};
}

} // namespace

QList<BootFileDiff> diffChanges(const ImageInfo& image, const QList<BootFileChange>& changes) {
    QList<BootFileDiff> out;
    for (const auto& change : changes) {
        const bool present = image.editableFiles.contains(change.path);
        const QByteArray before = image.editableFiles.value(change.path);
        BootFileDiff diff{change.path, BootFileDiff::Kind::Modify, before, {}};
        if (!change.content) {
            if (!present) {
                continue;
            }
            diff.kind = BootFileDiff::Kind::Remove;
        } else {
            if (present && before == *change.content) {
                continue;
            }
            diff.after = *change.content;
            diff.kind = present ? BootFileDiff::Kind::Modify : BootFileDiff::Kind::Add;
        }
        out << diff;
    }
    return out;
}

Result<void> applyChanges(disk::BootPartition& boot, const QList<BootFileChange>& changes) {
    for (const auto& change : changes) {
        const std::string path = change.path.toStdString();
        if (!change.content) {
            auto present = boot.exists(path);
            if (!present) {
                return present.error();
            }
            if (*present) {
                if (auto removed = boot.remove(path); !removed) {
                    return removed;
                }
            }
            continue;
        }
        const auto slash = path.rfind('/');
        if (slash != std::string::npos && slash > 0) {
            if (auto made = boot.makeDirectory(path.substr(0, slash)); !made) {
                return made;
            }
        }
        if (auto written = boot.writeFile(path, span(*change.content)); !written) {
            return written;
        }
    }
    return {};
}

Result<std::vector<flasher::ByteOverride>> overridesFor(const QString& imagePath,
                                                        const QList<BootFileChange>& changes) {
    auto source = flasher::Source::open(imagePath.toStdString());
    if (!source) {
        return source.error();
    }
    std::unique_ptr<disk::BlockDevice> base;
    if ((*source)->format() == flasher::SourceFormat::Raw) {
        auto file = disk::FileDevice::open(imagePath.toStdString(), false);
        if (!file) {
            return file.error();
        }
        base = std::move(*file);
    } else {
        auto head = HeadDevice::open(imagePath, kHeadBytes);
        if (!head) {
            return head.error();
        }
        base = std::move(*head);
    }
    auto overlayOwned = std::make_unique<disk::Overlay>(*base);
    disk::Overlay* overlay = overlayOwned.get();
    disk::BootOpenOptions options;
    options.writable = true;
    options.barriers = false; // memory: nothing to order
    auto boot = disk::openBootPartition(std::move(overlayOwned), options);
    if (!boot) {
        return boot.error();
    }
    if (auto applied = applyChanges(**boot, changes); !applied) {
        return applied.error();
    }
    std::vector<flasher::ByteOverride> out;
    for (const auto& change : overlay->changes()) {
        flasher::ByteOverride o;
        o.offset = change.offset;
        o.bytes.resize(change.bytes.size());
        std::memcpy(o.bytes.data(), change.bytes.data(), change.bytes.size());
        out.push_back(std::move(o));
    }
    return out;
}

Result<void> applyInPlace(const QString& target, const QList<BootFileChange>& changes,
                          bool* refused) {
    BootTargetOptions options;
    options.writable = true;
    auto boot = openBootTarget(target, options, refused);
    if (!boot) {
        return boot.error();
    }
    return applyChanges(**boot, changes);
}

} // namespace imprint::app
