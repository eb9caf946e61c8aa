// ImageFacts: what an image is (layout, boot partition, OS version, device type, config
// summary, development mode, data bytes, source format and size), read from any source.
#pragma once

#include "core/common/result.h"
#include "core/disk/blockdevice.h"
#include "core/provision/connectionsummary.h"
#include "flasher/source/source.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace imprint::flasher {

class GrowingFile;
class ImageHead;

enum class ImageKind { Image, BlockDevice, Directory };

// "image", "block-device", "directory"
const char* imageKindName(ImageKind kind);

// An image opened for reading its facts. A raw file or a drive is read in place; a compressed
// file or a download in progress through an ImageHead, which decodes only what is read.
struct OpenedImage {
    std::string name; // as given: a path, or the URL of a download
    ImageKind kind = ImageKind::Image;
    SourceFormat format = SourceFormat::Raw;
    std::uint64_t sourceSize = 0; // the file as stored (compressed); 0 unknown or a directory
    SourceSize size;              // the decompressed image
    bool growing = false;         // read from a download in progress
    std::unique_ptr<disk::BlockDevice> device; // null for a directory
    ImageHead* head = nullptr;                 // `device` when it is an ImageHead
};

// Opens a file, drive or mounted boot directory, or with `growing` the download named `name`.
// Errors: "disk.open_failed" {path, reason: "disk.no_such_file"}, "source.open_failed"
// {path, detail}, Source::open's, ImageHead::open's, disk.*.
Result<OpenedImage> openImage(const std::string& name,
                              std::shared_ptr<GrowingFile> growing = nullptr);

struct PartitionFacts {
    int number = 0;
    std::uint64_t start = 0;
    std::uint64_t size = 0;
    std::string type;     // MBR two hex digits, or the GPT type GUID
    std::string typeName; // libfdisk's name of a common type, else empty
    std::string name;     // GPT name
    bool bootable = false;
    bool logical = false;
    bool container = false;
    bool beyondEnd = false;
    // False when its first sectors were not read: a partition that starts far into a stream
    // that cannot jump (its filesystem is then unknown, not absent).
    bool probed = false;
    std::string filesystem; // "vfat", "ext4", "ext3", "ext2" or empty
    std::string fatType;    // "FAT12", "FAT16", "FAT32" or empty
    std::string label;      // the filesystem's
    bool operator==(const PartitionFacts&) const = default;
};

struct TableFacts {
    std::string kind; // "dos" or "gpt"
    std::uint32_t sectorSize = 512;
    std::string id;
    bool operator==(const TableFacts&) const = default;
};

// config.json in brief.
struct ConfigSummary {
    bool present = false;
    bool valid = false;            // a JSON object
    std::vector<std::string> keys; // its top-level keys, sorted
    std::optional<std::string> hostname;
    std::optional<bool> developmentMode;
    std::size_t sshKeys = 0; // os.sshKeys entries
    bool operator==(const ConfigSummary&) const = default;
};

struct BootFacts {
    int partition = 0;  // 0 for a whole-device FAT or a directory
    std::string reason; // disk::BootLocation::reason
    bool guess = false;
    std::string label;
    std::vector<std::string> files; // the known boot files present; directories end in '/'
    std::map<std::string, std::string> osRelease;
    std::optional<std::string> osVersion;  // VERSION_ID, META_BALENA_VERSION or VERSION
    std::optional<std::string> deviceType; // device-type.json slug
    std::optional<std::string> deviceName; // device-type.json name
    // A development build (os-release's VARIANT) or config.json's developmentMode on.
    bool development = false;
    ConfigSummary config;
    std::vector<std::string> networkFiles; // system-connections/ files NetworkManager reads
    std::vector<provision::ConnectionSummary> connections; // what each of those sets up
    bool operator==(const BootFacts&) const = default;
};

struct ImageFacts {
    std::string name;
    ImageKind kind = ImageKind::Image;
    SourceFormat format = SourceFormat::Raw;
    std::uint64_t sourceSize = 0;
    // The disk's bytes: exact, or for a stream that does not say, where its last partition
    // ends ("partitions"), else the source's estimate.
    std::uint64_t size = 0;
    std::string sizeKind; // "exact", "estimate", "partitions", "unknown"
    // The bytes that hold data: from a .bmap, else worked out from a raw image's filesystems
    // (computeBlockMap). Unknown for a compressed image or a download without a .bmap: the
    // filesystems' bitmaps are spread over the whole stream.
    std::optional<std::uint64_t> dataBytes;
    std::string dataBytesFrom; // "bmap", "computed" or empty
    std::optional<TableFacts> table;
    std::vector<PartitionFacts> partitions;
    std::optional<BootFacts> boot;
    std::vector<Error> problems; // what was found wrong without stopping the reading
};

struct FactsOptions {
    std::string bmapPath; // a .bmap for the image, or empty
    // Partitions of a stream that cannot jump are probed only when they start before this.
    std::uint64_t probeLimit = 256ull << 20;
};

// Reads the facts of an opened image; a compressed image's boot partition is decoded and kept
// in its ImageHead (plans made on the same device later read no more of the stream).
// Errors: those of reading a directory's boot files; a disk's problems are in `problems`.
Result<ImageFacts> readImageFacts(OpenedImage& image, const FactsOptions& options = {});

} // namespace imprint::flasher
