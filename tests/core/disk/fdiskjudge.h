// libfdisk as the judge of PartitionTable::read: what libfdisk 2.38 lists for an image (asked of
// tests/core/disk/fdiskjudge.c, a host program, through the tool bridge: the same judge on Linux
// and under Wine), turned into what Imprint must answer, and both written as the same text so a
// difference shows line by line.
#pragma once

#include "core/disk/partitiontable.h"
#include "tests/support/hosttool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
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

// The judge's strings are hex, byte for byte.
inline std::string judgeString(const QJsonObject& o, const char* key) {
    return QByteArray::fromHex(o.value(QLatin1String(key)).toString().toLatin1()).toStdString();
}

inline JudgedPartition judgedPartition(const QJsonObject& o, bool gpt, std::uint32_t sectorSize,
                                       std::uint64_t deviceSize) {
    JudgedPartition jp;
    disk::Partition& p = jp.partition;
    p.number = o.value(QLatin1String("partno")).toInt() + 1;
    p.start = static_cast<std::uint64_t>(o.value(QLatin1String("start")).toInteger()) * sectorSize;
    p.size = static_cast<std::uint64_t>(o.value(QLatin1String("size")).toInteger()) * sectorSize;
    if (o.contains(QLatin1String("code"))) {
        char code[8];
        std::snprintf(code, sizeof code, "%02x", o.value(QLatin1String("code")).toInt() & 0xff);
        p.type = gpt ? judgeString(o, "typeString") : code;
        jp.fdiskTypeName = judgeString(o, "typeName");
        jp.typeKnown = o.value(QLatin1String("typeKnown")).toBool();
    }
    p.name = judgeString(o, "name");
    p.uuid = judgeString(o, "uuid");
    p.bootable = gpt ? judgeString(o, "attrs").find("LegacyBIOSBootable") != std::string::npos
                     : o.value(QLatin1String("bootable")).toBool();
    p.container = o.value(QLatin1String("container")).toBool();
    p.logical = !gpt && p.number > 4;
    p.beyondEnd = p.start > deviceSize || p.size > deviceSize - p.start;
    return jp;
}

// What libfdisk finds at one sector size (0: the device's own); nothing without a label.
inline std::optional<Judged> fdiskRead(const std::string& path, std::uint32_t forced,
                                       std::uint64_t deviceSize) {
    const ToolRun r =
        runTool(QStringLiteral(IMPRINT_FDISK_JUDGE),
                {QStringLiteral("read"), QString::fromStdString(path), QString::number(forced)});
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    if (r.exitCode != 0 || o.isEmpty()) {
        return Judged{"the judge failed: " + r.err.toStdString(), {}, {}, 0, {}};
    }
    if (o.contains(QLatin1String("label"))) {
        return std::nullopt;
    }
    if (o.contains(QLatin1String("error"))) {
        return Judged{o.value(QLatin1String("error")).toString().toStdString(), {}, {}, 0, {}};
    }
    Judged j;
    j.kind = judgeString(o, "kind");
    j.diskId = judgeString(o, "diskId");
    j.sectorSize = static_cast<std::uint32_t>(o.value(QLatin1String("sectorSize")).toInteger());
    for (const QJsonValue& v : o.value(QLatin1String("partitions")).toArray()) {
        j.partitions.push_back(
            judgedPartition(v.toObject(), j.kind == "gpt", j.sectorSize, deviceSize));
    }
    return j;
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
