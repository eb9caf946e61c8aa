#include "core/disk/bootpartition.h"

#include "core/common/utf8path.h"
#include "core/disk/fatvolume.h"
#include "core/disk/filesystemprobe.h"
#include "core/disk/mountedboot.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace imprint::disk {
namespace {

bool isBootName(std::string name) {
    for (char& c : name) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return name == "resin-boot" || name == "flash-boot" || name == "balena-boot";
}

std::vector<std::string> parents(std::string_view path) {
    std::vector<std::string> out;
    std::string walked;
    std::size_t i = 0;
    while (i <= path.size()) {
        const auto j = std::min(path.find('/', i), path.size());
        if (j > i) {
            walked += "/" + std::string(path.substr(i, j - i));
            out.push_back(walked);
        }
        i = j + 1;
    }
    return out;
}

// A FAT boot partition inside an image file or on a drive.
class FatBootPartition : public BootPartition {
public:
    FatBootPartition(std::unique_ptr<BlockDevice> device, std::unique_ptr<FatVolume> volume,
                     BootLocation location, std::optional<Error> editBlock)
        : device_(std::move(device)), volume_(std::move(volume)), location_(std::move(location)),
          editBlock_(std::move(editBlock)) {}

    Result<std::vector<std::uint8_t>> readFile(std::string_view path) override {
        return volume_->readFile(path);
    }
    Result<void> writeFile(std::string_view path, std::span<const std::uint8_t> data) override {
        if (editBlock_) {
            return *editBlock_;
        }
        return volume_->writeFile(path, data);
    }
    Result<void> remove(std::string_view path) override {
        if (editBlock_) {
            return *editBlock_;
        }
        auto st = volume_->stat(path);
        if (!st) {
            return st.error();
        }
        if (*st && (*st)->directory) {
            return volume_->removeDirectory(path);
        }
        return volume_->remove(path);
    }
    Result<void> makeDirectory(std::string_view path) override {
        if (editBlock_) {
            return *editBlock_;
        }
        for (const auto& p : parents(path)) {
            auto st = volume_->stat(p);
            if (!st) {
                return st.error();
            }
            if (*st) {
                if (!(*st)->directory) {
                    return Error("fat.not_a_directory").with("path", p);
                }
                continue;
            }
            if (auto r = volume_->makeDirectory(p); !r) {
                return r;
            }
        }
        return {};
    }
    Result<std::vector<BootEntry>> list(std::string_view path) override {
        auto entries = volume_->list(path);
        if (!entries) {
            return entries.error();
        }
        std::vector<BootEntry> out;
        for (const auto& e : *entries) {
            out.push_back({e.name, e.directory, e.size});
        }
        return out;
    }
    Result<std::optional<BootEntry>> stat(std::string_view path) override {
        auto st = volume_->stat(path);
        if (!st) {
            return st.error();
        }
        if (!*st) {
            return std::optional<BootEntry>();
        }
        return std::optional<BootEntry>(BootEntry{(*st)->name, (*st)->directory, (*st)->size});
    }
    Result<std::uint64_t> freeSpace() override { return volume_->freeBytes(); }
    [[nodiscard]] bool readOnly() const override {
        return device_->readOnly() || editBlock_.has_value();
    }
    [[nodiscard]] const BootLocation& location() const override { return location_; }

private:
    std::unique_ptr<BlockDevice> device_;
    std::unique_ptr<FatVolume> volume_;
    BootLocation location_;
    std::optional<Error> editBlock_;
};

// The rule of locateBootPartition. When `found` is given, the volume the rule found by label or
// device-type.json is handed back already open (with `options`), so opening the boot partition
// reads its boot sector and root directory once, not twice.
Result<BootLocation> locate(BlockDevice& device, const PartitionTable& table,
                            const FatVolume::Options& options, std::unique_ptr<FatVolume>* found) {
    std::optional<BootLocation> firstWithDeviceType;
    std::unique_ptr<FatVolume> deviceTypeVolume;
    for (const auto& p : table.partitions()) {
        if (p.container || p.beyondEnd) {
            continue;
        }
        if (isBootName(p.name)) {
            return BootLocation{p.number, p.start, p.size, "name", p.name};
        }
        auto volume = FatVolume::open(device, p.start, p.size, options);
        if (!volume) {
            continue;
        }
        auto label = (*volume)->label();
        if (label && isBootName(*label)) {
            if (found) {
                *found = std::move(volume).value();
            }
            return BootLocation{p.number, p.start, p.size, "label", *label};
        }
        if (!firstWithDeviceType) {
            auto st = (*volume)->stat("/device-type.json");
            if (st && *st && !(*st)->directory) {
                firstWithDeviceType = BootLocation{p.number, p.start, p.size, "device-type.json",
                                                   label ? *label : ""};
                deviceTypeVolume = std::move(volume).value();
            }
        }
    }
    if (firstWithDeviceType) {
        if (found) {
            *found = std::move(deviceTypeVolume);
        }
        return *firstWithDeviceType;
    }
    if (const Partition* p = table.find(1); p && !p->beyondEnd) {
        const auto probe = probeFilesystem(device, p->start, p->size);
        return BootLocation{1, p->start, p->size, "first-partition", probe.label};
    }
    return Error("boot.not_found");
}

} // namespace

Result<bool> BootPartition::exists(std::string_view path) {
    auto st = stat(path);
    if (!st) {
        return st.error();
    }
    return st->has_value();
}

Result<BootLocation> locateBootPartition(BlockDevice& device, const PartitionTable& table) {
    return locate(device, table, FatVolume::Options{}, nullptr);
}

Result<std::unique_ptr<BootPartition>> openBootPartition(std::unique_ptr<BlockDevice> device,
                                                         const BootOpenOptions& options) {
    FatVolume::Options fatOptions;
    fatOptions.barriers = options.barriers.value_or(true);
    auto table = PartitionTable::read(*device);
    if (!table) {
        // A FAT filesystem on the whole device (no table) is its own boot partition.
        if (table.error().code == "partition.no_table" && !options.partition) {
            if (auto volume = FatVolume::open(*device, 0, device->size(), fatOptions)) {
                auto label = (*volume)->label();
                BootLocation location{0, 0, device->size(), "whole-device", label ? *label : ""};
                return std::unique_ptr<BootPartition>(new FatBootPartition(
                    std::move(device), std::move(volume).value(), location, std::nullopt));
            }
        }
        return table.error();
    }
    BootLocation location;
    std::unique_ptr<FatVolume> opened;
    if (options.partition) {
        const Partition* p = table->find(*options.partition);
        if (p == nullptr || p->container) {
            return Error("boot.no_partition").with("number", std::to_string(*options.partition));
        }
        if (p->beyondEnd) {
            return table->checkEditable().error();
        }
        location = BootLocation{p->number, p->start, p->size, "requested", ""};
    } else {
        auto found = locate(*device, *table, fatOptions, &opened);
        if (!found) {
            return found.error();
        }
        location = *found;
    }
    if (!opened) {
        auto volume = FatVolume::open(*device, location.offset, location.size, fatOptions);
        if (!volume) {
            if (volume.error().code == "fat.not_fat") {
                return Error("boot.not_fat").with("number", std::to_string(location.number));
            }
            return volume.error();
        }
        opened = std::move(volume).value();
        if (auto label = opened->label()) {
            location.label = *label;
        }
    }
    std::optional<Error> editBlock;
    if (auto editable = table->checkEditable(); !editable) {
        editBlock = editable.error();
    }
    return std::unique_ptr<BootPartition>(
        new FatBootPartition(std::move(device), std::move(opened), location, std::move(editBlock)));
}

Result<std::unique_ptr<BootPartition>> openBootPartition(const std::string& target,
                                                         const BootOpenOptions& options) {
    std::error_code ec;
    if (std::filesystem::is_directory(pathFromUtf8(target), ec)) {
        return openBootDirectory(target, options.writable);
    }
    auto device = FileDevice::open(target, options.writable);
    if (!device) {
        return device.error();
    }
    BootOpenOptions effective = options;
    if (!effective.barriers) {
        effective.barriers = (*device)->isBlockDevice();
    }
    return openBootPartition(std::unique_ptr<BlockDevice>(std::move(device).value()), effective);
}

} // namespace imprint::disk
