#include "core/disk/partitiontable.h"

#include "core/common/fileio.h"

#include <libfdisk/libfdisk.h>
#include <sys/mman.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <unistd.h>

namespace imprint::disk {
namespace {

struct ContextDeleter {
    void operator()(fdisk_context* c) const { fdisk_unref_context(c); }
};
struct TableDeleter {
    void operator()(fdisk_table* t) const { fdisk_unref_table(t); }
};
using Context = std::unique_ptr<fdisk_context, ContextDeleter>;
using Table = std::unique_ptr<fdisk_table, TableDeleter>;

// Devices without a file descriptor (memory, an overlay with changes) are copied into a
// memfd, since libfdisk only reads from descriptors. Bounded: such devices are small heads.
constexpr std::uint64_t maxCopiedDevice = 256ull << 20;

class Descriptor {
public:
    ~Descriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Result<int> open(BlockDevice& device) {
        if (device.fd() >= 0) {
            fd_ = ::dup(device.fd());
            if (fd_ < 0) {
                return Error("partition.read_failed").with("reason", std::strerror(errno));
            }
            return fd_;
        }
        if (device.size() > maxCopiedDevice) {
            return Error("partition.read_failed").with("reason", "partition.too_large_to_copy");
        }
        fd_ = ::memfd_create("imprint-table", MFD_CLOEXEC);
        if (fd_ < 0) {
            return Error("partition.read_failed").with("reason", std::strerror(errno));
        }
        std::vector<std::uint8_t> bytes(static_cast<std::size_t>(device.size()));
        if (auto r = device.read(0, bytes); !r) {
            return r.error();
        }
        if (const Transfer t = writeAt(fd_, bytes.data(), bytes.size(), 0); t.error != 0) {
            return Error("partition.read_failed").with("reason", std::strerror(t.error));
        }
        return fd_;
    }

private:
    int fd_ = -1;
};

std::string hex2(unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02x", v & 0xffu);
    return buf;
}

} // namespace

const Partition* PartitionTable::find(int number) const {
    for (const auto& p : partitions_) {
        if (p.number == number) {
            return &p;
        }
    }
    return nullptr;
}

const Partition* PartitionTable::firstBeyondEnd() const {
    for (const auto& p : partitions_) {
        if (p.beyondEnd) {
            return &p;
        }
    }
    return nullptr;
}

Result<void> PartitionTable::checkEditable() const {
    if (const Partition* p = firstBeyondEnd()) {
        return Error("partition.beyond_end")
            .with("number", std::to_string(p->number))
            .with("end", std::to_string(p->start + p->size))
            .with("size", std::to_string(deviceSize_));
    }
    return {};
}

Result<PartitionTable> PartitionTable::read(BlockDevice& device) {
    Descriptor descriptor;
    auto fd = descriptor.open(device);
    if (!fd) {
        return fd.error();
    }
    // Image files report 512-byte sectors; a GPT written for 4096-byte sectors is found by
    // trying that size when nothing is found at 512.
    const std::uint32_t sizes[] = {0, 4096};
    std::optional<PartitionTable> fallback;
    for (const std::uint32_t forced : sizes) {
        if (forced != 0 && device.fd() >= 0 && device.sectorSize() == forced) {
            continue;
        }
        Context cxt(fdisk_new_context());
        if (!cxt) {
            return Error("partition.read_failed").with("reason", "partition.out_of_memory");
        }
        if (forced != 0) {
            fdisk_save_user_sector_size(cxt.get(), forced, forced);
        }
        // Read only, never written through libfdisk: list-only skips its probe of the whole
        // device for other signatures (half a MiB read, half the cost of `imprint fs put`).
        fdisk_enable_listonly(cxt.get(), 1);
        if (fdisk_assign_device_by_fd(cxt.get(), *fd, "imprint", 1) != 0) {
            return Error("partition.read_failed").with("reason", "partition.libfdisk_cannot_read");
        }
        if (!fdisk_has_label(cxt.get())) {
            continue;
        }
        PartitionTable table;
        const fdisk_label* label = fdisk_get_label(cxt.get(), nullptr);
        const char* kind = fdisk_label_get_name(label);
        table.kind_ = kind ? kind : "";
        if (table.kind_ != "dos" && table.kind_ != "gpt") {
            return Error("partition.unsupported").with("kind", table.kind_);
        }
        table.sectorSize_ = static_cast<std::uint32_t>(fdisk_get_sector_size(cxt.get()));
        table.deviceSize_ = device.size();
        char* id = nullptr;
        if (fdisk_get_disklabel_id(cxt.get(), &id) == 0 && id) {
            table.diskId_ = id;
            std::free(id);
        }
        fdisk_table* raw = nullptr;
        if (fdisk_get_partitions(cxt.get(), &raw) != 0 || raw == nullptr) {
            return Error("partition.read_failed").with("reason", "partition.libfdisk_cannot_list");
        }
        Table tb(raw);
        fdisk_iter* iter = fdisk_new_iter(FDISK_ITER_FORWARD);
        fdisk_partition* pa = nullptr;
        const bool gpt = table.kind_ == "gpt";
        while (fdisk_table_next_partition(tb.get(), iter, &pa) == 0) {
            Partition p;
            p.number = static_cast<int>(fdisk_partition_get_partno(pa)) + 1;
            p.start = static_cast<std::uint64_t>(fdisk_partition_get_start(pa)) * table.sectorSize_;
            p.size = static_cast<std::uint64_t>(fdisk_partition_get_size(pa)) * table.sectorSize_;
            if (const fdisk_parttype* t = fdisk_partition_get_type(pa)) {
                if (gpt) {
                    const char* s = fdisk_parttype_get_string(t);
                    p.type = s ? s : "";
                } else {
                    p.type = hex2(fdisk_parttype_get_code(t));
                }
                const char* n = fdisk_parttype_get_name(t);
                p.typeName = n ? n : "";
            }
            if (const char* n = fdisk_partition_get_name(pa)) {
                p.name = n;
            }
            if (const char* u = fdisk_partition_get_uuid(pa)) {
                p.uuid = u;
            }
            p.bootable = fdisk_partition_is_bootable(pa) != 0;
            p.container = fdisk_partition_is_container(pa) != 0;
            p.logical = !gpt && p.number > 4;
            p.beyondEnd = p.start > table.deviceSize_ || p.size > table.deviceSize_ - p.start;
            table.partitions_.push_back(std::move(p));
        }
        fdisk_free_iter(iter);
        std::sort(table.partitions_.begin(), table.partitions_.end(),
                  [](const Partition& a, const Partition& b) { return a.number < b.number; });
        // Only a protective MBR at 512: the GPT behind it was written for 4096-byte sectors.
        const bool protective = table.kind_ == "dos" && forced == 0 &&
                                std::any_of(table.partitions_.begin(), table.partitions_.end(),
                                            [](const Partition& p) { return p.type == "ee"; });
        if (protective) {
            fallback = std::move(table);
            continue;
        }
        return table;
    }
    if (fallback) {
        return *fallback;
    }
    return Error("partition.no_table");
}

} // namespace imprint::disk
