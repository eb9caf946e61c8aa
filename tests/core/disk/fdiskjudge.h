// libfdisk as the judge of PartitionTable::read (Linux only; linked into the test alone): what
// libfdisk 2.38 lists for an image, turned into what Imprint must answer, and both written as
// the same text so a difference shows line by line.
#pragma once

#include "core/disk/partitiontable.h"

#include <libfdisk/libfdisk.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace imprint::test {

struct JudgedPartition {
    disk::Partition partition;
    std::string fdiskTypeName; // libfdisk's name ("unknown" for a type it does not know)
    bool typeKnown = false;
};

struct Judged {
    std::string error; // "code" or "code:argument"; else the table below
    std::string kind;
    std::string diskId;
    std::uint32_t sectorSize = 0;
    std::vector<JudgedPartition> partitions;
};

inline Judged fdiskList(fdisk_context* cxt, std::uint64_t deviceSize) {
    Judged j;
    const char* kind = fdisk_label_get_name(fdisk_get_label(cxt, nullptr));
    j.kind = kind != nullptr ? kind : "";
    j.sectorSize = static_cast<std::uint32_t>(fdisk_get_sector_size(cxt));
    char* id = nullptr;
    if (fdisk_get_disklabel_id(cxt, &id) == 0 && id != nullptr) {
        j.diskId = id;
        std::free(id);
    }
    fdisk_table* table = nullptr;
    if (fdisk_get_partitions(cxt, &table) != 0) {
        j.error = "libfdisk cannot list";
        return j;
    }
    fdisk_iter* iter = fdisk_new_iter(FDISK_ITER_FORWARD);
    fdisk_partition* pa = nullptr;
    const bool gpt = j.kind == "gpt";
    while (fdisk_table_next_partition(table, iter, &pa) == 0) {
        JudgedPartition jp;
        disk::Partition& p = jp.partition;
        p.number = static_cast<int>(fdisk_partition_get_partno(pa)) + 1;
        p.start = fdisk_partition_get_start(pa) * j.sectorSize;
        p.size = fdisk_partition_get_size(pa) * j.sectorSize;
        if (const fdisk_parttype* t = fdisk_partition_get_type(pa)) {
            char code[8];
            std::snprintf(code, sizeof code, "%02x", fdisk_parttype_get_code(t) & 0xffu);
            const char* s = fdisk_parttype_get_string(t);
            p.type = gpt ? (s != nullptr ? s : "") : code;
            jp.fdiskTypeName = fdisk_parttype_get_name(t) ? fdisk_parttype_get_name(t) : "";
            jp.typeKnown = fdisk_parttype_is_unknown(t) == 0;
        }
        p.name = fdisk_partition_get_name(pa) ? fdisk_partition_get_name(pa) : "";
        p.uuid = fdisk_partition_get_uuid(pa) ? fdisk_partition_get_uuid(pa) : "";
        const char* attrs = fdisk_partition_get_attrs(pa);
        p.bootable = gpt ? attrs != nullptr &&
                               std::string(attrs).find("LegacyBIOSBootable") != std::string::npos
                         : fdisk_partition_is_bootable(pa) != 0;
        p.container = fdisk_partition_is_container(pa) != 0;
        p.logical = !gpt && p.number > 4;
        p.beyondEnd = p.start > deviceSize || p.size > deviceSize - p.start;
        j.partitions.push_back(std::move(jp));
    }
    fdisk_free_iter(iter);
    fdisk_unref_table(table);
    return j;
}

// What libfdisk finds at one sector size (0: the device's own); nothing without a label.
inline std::optional<Judged> fdiskRead(const std::string& path, std::uint32_t forced,
                                       std::uint64_t deviceSize) {
    std::unique_ptr<fdisk_context, void (*)(fdisk_context*)> cxt(fdisk_new_context(),
                                                                 fdisk_unref_context);
    if (forced != 0) {
        fdisk_save_user_sector_size(cxt.get(), forced, forced);
    }
    fdisk_enable_listonly(cxt.get(), 1);
    if (fdisk_assign_device(cxt.get(), path.c_str(), 1) != 0) {
        return Judged{"libfdisk cannot read", {}, {}, 0, {}};
    }
    if (!fdisk_has_label(cxt.get())) {
        return std::nullopt;
    }
    return fdiskList(cxt.get(), deviceSize);
}

// Imprint's rules over libfdisk's answers (partitiontable.h): a protective MBR is looked behind
// at 4096-byte sectors; one with nothing but the protective partition is a damaged GPT.
inline Judged expectedTable(const std::string& path, std::uint64_t deviceSize) {
    const auto protective = [](const JudgedPartition& p) { return p.partition.type == "ee"; };
    auto natural = fdiskRead(path, 0, deviceSize);
    if (!natural) {
        return Judged{"partition.no_table", {}, {}, 0, {}};
    }
    const auto& parts = natural->partitions;
    if (natural->kind == "dos" && std::any_of(parts.begin(), parts.end(), protective) &&
        natural->sectorSize != 4096) {
        auto large = fdiskRead(path, 4096, deviceSize);
        if (large && large->kind == "gpt") {
            return *large;
        }
    }
    if (natural->kind != "dos" && natural->kind != "gpt") {
        return Judged{"partition.unsupported:" + natural->kind, {}, {}, 0, {}};
    }
    if (natural->kind == "dos" && !parts.empty() &&
        std::all_of(parts.begin(), parts.end(), protective)) {
        return Judged{"partition.read_failed:partition.gpt_damaged", {}, {}, 0, {}};
    }
    return *natural;
}

inline std::string partitionLine(const disk::Partition& p) {
    char head[96];
    std::snprintf(head, sizeof head, "%d start=%llu size=%llu ", p.number,
                  static_cast<unsigned long long>(p.start),
                  static_cast<unsigned long long>(p.size));
    return head + p.type + " name=\"" + p.name + "\" uuid=" + p.uuid +
           (p.bootable ? " bootable" : "") + (p.container ? " container" : "") +
           (p.logical ? " logical" : "") + (p.beyondEnd ? " beyond-end" : "") + "\n";
}

inline std::string tableText(const std::string& kind, const std::string& id,
                             std::uint32_t sectorSize, const std::vector<disk::Partition>& parts) {
    std::string text = kind + " id=" + id + " sector=" + std::to_string(sectorSize) + "\n";
    for (const auto& p : parts) {
        text += partitionLine(p);
    }
    return text;
}

inline std::string judgedText(const Judged& j) {
    if (!j.error.empty()) {
        return "error " + j.error + "\n";
    }
    std::vector<disk::Partition> parts;
    for (const auto& jp : j.partitions) {
        parts.push_back(jp.partition);
    }
    return tableText(j.kind, j.diskId, j.sectorSize, parts);
}

inline std::string resultText(const Result<disk::PartitionTable>& r) {
    if (!r) {
        const std::string arg =
            r.error().arg(r.error().code == "partition.unsupported" ? "kind" : "reason");
        return "error " + r.error().code + (arg.empty() ? "" : ":" + arg) + "\n";
    }
    return tableText(r->kind(), r->diskId(), r->sectorSize(), r->partitions());
}

} // namespace imprint::test
