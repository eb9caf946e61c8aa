#include "flasher/facts/imagefacts.h"

#include "core/common/utf8path.h"
#include "core/disk/bootpartition.h"
#include "core/disk/filesystemprobe.h"
#include "core/disk/partitiontable.h"
#include "flasher/blockmap/blockmap.h"
#include "flasher/blockmap/computedmap.h"
#include "flasher/facts/bootfacts.h"
#include "flasher/plan/imagehead.h"
#include "flasher/source/growingfile.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace imprint::flasher {
namespace {

Result<void> openDisk(OpenedImage& out, std::shared_ptr<GrowingFile> growing) {
    if (out.kind == ImageKind::BlockDevice) {
        auto device = disk::FileDevice::open(out.name, false);
        if (!device) {
            return std::move(device).takeError();
        }
        out.sourceSize = (*device)->size();
        out.size = {out.sourceSize, SourceSize::Kind::Exact};
        out.device = std::move(*device);
        return {};
    }
    auto source = Source::open(out.name, growing);
    if (!source) {
        return std::move(source).takeError();
    }
    out.format = (*source)->format();
    out.size = (*source)->size();
    out.growing = growing != nullptr;
    if (!out.growing) {
        out.sourceSize = (*source)->fileSize();
    } else if (growing->expectedSize() > 0) {
        out.sourceSize = growing->expectedSize();
    }
    if (out.format == SourceFormat::Raw && !out.growing) {
        auto file = disk::FileDevice::open(out.name, false);
        if (!file) {
            return std::move(file).takeError();
        }
        out.device = std::move(*file);
        return {};
    }
    source->reset(); // the head opens its own
    auto head = ImageHead::open(out.name, std::move(growing));
    if (!head) {
        return std::move(head).takeError();
    }
    out.head = head->get();
    out.device = std::move(*head);
    return {};
}

PartitionFacts partitionFacts(const disk::Partition& p) {
    PartitionFacts f;
    f.number = p.number;
    f.start = p.start;
    f.size = p.size;
    f.type = p.type;
    f.typeName = p.typeName;
    f.name = p.name;
    f.bootable = p.bootable;
    f.logical = p.logical;
    f.container = p.container;
    f.beyondEnd = p.beyondEnd;
    return f;
}

// The layout; a compressed image's boot partition is decoded first, in one pass, so the
// probes of the partitions after it and the boot files cost no pass of their own.
void readLayout(OpenedImage& image, const FactsOptions& options, ImageFacts& facts) {
    disk::BlockDevice& device = *image.device;
    auto table = disk::PartitionTable::read(device);
    if (!table) {
        if (table.error().code != "partition.no_table") {
            facts.problems.push_back(table.error());
        }
        return;
    }
    facts.table = TableFacts{table->kind(), table->sectorSize(), table->diskId()};
    if (image.head != nullptr) {
        if (auto boot = disk::locateBootPartition(device, *table); boot) {
            if (auto r = image.head->prefetch(boot->offset, boot->size); !r) {
                facts.problems.push_back(r.error());
            }
        }
    }
    for (const auto& p : table->partitions()) {
        PartitionFacts f = partitionFacts(p);
        const bool reachable = image.head == nullptr || p.start < options.probeLimit;
        if (!p.container && !p.beyondEnd && reachable) {
            const auto probe = disk::probeFilesystem(device, p.start, p.size);
            f.filesystem = probe.type;
            f.fatType = probe.variant;
            f.label = probe.label;
        }
        f.probed = !p.container && !p.beyondEnd && reachable;
        facts.partitions.push_back(std::move(f));
    }
    if (auto editable = table->checkEditable(); !editable) {
        facts.problems.push_back(editable.error());
    }
}

void readSize(const OpenedImage& image, ImageFacts& facts) {
    if (image.size.kind == SourceSize::Kind::Exact) {
        facts.size = image.size.bytes;
        facts.sizeKind = "exact";
        return;
    }
    std::uint64_t end = 0;
    for (const auto& p : facts.partitions) {
        end = std::max(end, p.start + p.size);
    }
    if (end > 0) {
        facts.size = end;
        facts.sizeKind = "partitions";
    } else {
        facts.size = image.size.bytes;
        facts.sizeKind = image.size.kind == SourceSize::Kind::Estimate ? "estimate" : "unknown";
    }
}

void readDataBytes(const OpenedImage& image, const FactsOptions& options, ImageFacts& facts) {
    if (!options.bmapPath.empty()) {
        auto map = loadBmap(options.bmapPath);
        if (map) {
            facts.dataBytes = map->mappedBytes();
            facts.dataBytesFrom = "bmap";
            return;
        }
        facts.problems.push_back(map.error());
    }
    if (image.kind != ImageKind::Image || image.format != SourceFormat::Raw || image.growing) {
        return;
    }
    auto map = computeBlockMap(image.name);
    if (map) {
        facts.dataBytes = map->mappedBytes();
        facts.dataBytesFrom = "computed";
    } else {
        facts.problems.push_back(map.error());
    }
}

} // namespace

const char* imageKindName(ImageKind kind) {
    switch (kind) {
    case ImageKind::BlockDevice:
        return "block-device";
    case ImageKind::Directory:
        return "directory";
    case ImageKind::Image:
        break;
    }
    return "image";
}

Result<OpenedImage> openImage(const std::string& name, std::shared_ptr<GrowingFile> growing) {
    OpenedImage out;
    out.name = name;
    if (growing == nullptr) {
        std::error_code ec;
        const auto status = std::filesystem::status(pathFromUtf8(name), ec);
        if (ec == std::errc::no_such_file_or_directory) {
            return Error("disk.open_failed").with("path", name).with("reason", "disk.no_such_file");
        }
        if (ec) {
            return Error("source.open_failed").with("path", name).with("detail", ec.message());
        }
        if (status.type() == std::filesystem::file_type::directory) {
            out.kind = ImageKind::Directory;
            return out;
        }
        if (status.type() == std::filesystem::file_type::block) {
            out.kind = ImageKind::BlockDevice;
        }
    }
    if (auto r = openDisk(out, std::move(growing)); !r) {
        return std::move(r).takeError();
    }
    return out;
}

Result<ImageFacts> readImageFacts(OpenedImage& image, const FactsOptions& options) {
    ImageFacts facts;
    facts.name = image.name;
    facts.kind = image.kind;
    facts.format = image.format;
    facts.sourceSize = image.sourceSize;
    if (image.kind == ImageKind::Directory) {
        auto boot = disk::openBootDirectory(image.name, false);
        if (!boot) {
            return std::move(boot).takeError();
        }
        facts.sizeKind = "unknown";
        facts.boot = readBootFacts(**boot);
        return facts;
    }
    readLayout(image, options, facts);
    readSize(image, facts);
    readDataBytes(image, options, facts);
    auto boot = disk::openBootPartition(std::make_unique<disk::Overlay>(*image.device), {});
    if (boot) {
        facts.boot = readBootFacts(**boot);
    } else {
        facts.problems.push_back(boot.error());
    }
    return facts;
}

} // namespace imprint::flasher
