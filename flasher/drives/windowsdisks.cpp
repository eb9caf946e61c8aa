#include "flasher/drives/windowsdisks.h"

#include "core/disk/bytes.h"
#include "flasher/platform/file.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace imprint::flasher::windisks {
namespace {

using disk::le32;
using disk::le64;

Error badAnswer(const char* structure, std::size_t offset) {
    return Error("drives.bad_disk_answer")
        .with("structure", structure)
        .with("offset", std::to_string(offset));
}

// STORAGE_DEVICE_DESCRIPTOR, up to RawPropertiesLength (RawDeviceProperties may be empty).
constexpr std::size_t kDescriptorHeader = 36;
constexpr std::size_t kDescriptorRemovable = 10;
constexpr std::size_t kDescriptorVendor = 12;
constexpr std::size_t kDescriptorProduct = 16;
constexpr std::size_t kDescriptorRevision = 20;
constexpr std::size_t kDescriptorSerial = 24;
constexpr std::size_t kDescriptorBusType = 28;
// DISK_GEOMETRY_EX: DISK_GEOMETRY (Cylinders 0, MediaType 8, TracksPerCylinder 12,
// SectorsPerTrack 16, BytesPerSector 20), then DiskSize 24.
constexpr std::size_t kGeometrySize = 32;
// VOLUME_DISK_EXTENTS: NumberOfDiskExtents, 4 bytes of padding, then DISK_EXTENTs of 24 bytes
// (DiskNumber, padding, StartingOffset 8, ExtentLength 16).
constexpr std::size_t kExtentsHeader = 8;
constexpr std::size_t kExtentSize = 24;
constexpr std::size_t kDeviceNumberSize = 12;

// The NUL-terminated ASCII string at `offset` of the first `limit` bytes, trimmed; 0 (and
// 0xFFFFFFFF, a driver's "none") is no string.
Result<std::string> descriptorString(Bytes bytes, std::size_t limit, std::size_t field) {
    const std::uint32_t offset = le32(bytes, field);
    if (offset == 0 || offset == 0xFFFFFFFFu) {
        return std::string();
    }
    if (offset < kDescriptorHeader || offset >= limit) {
        return badAnswer("STORAGE_DEVICE_DESCRIPTOR", field);
    }
    const auto* begin = bytes.data() + offset;
    const auto* end = std::find(begin, bytes.data() + limit, std::uint8_t{0});
    if (end == bytes.data() + limit) {
        return badAnswer("STORAGE_DEVICE_DESCRIPTOR", offset);
    }
    std::string s;
    for (const auto* p = begin; p != end; ++p) {
        s += *p >= 0x20 && *p < 0x7f ? static_cast<char>(*p) : '?';
    }
    const auto first = s.find_first_not_of(' ');
    if (first == std::string::npos) {
        return std::string();
    }
    return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

bool startsWithCaseless(const std::string& text, const std::string& prefix) {
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) ==
                      std::tolower(static_cast<unsigned char>(b));
           });
}

std::string lowered(std::string s) {
    for (auto& c : s) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return s;
}

// lsblk's FSTYPE words for Windows' file system names.
std::string fsTypeWord(const std::string& fileSystem) {
    const std::string fs = lowered(fileSystem);
    return fs == "fat" || fs == "fat12" || fs == "fat16" || fs == "fat32" ? "vfat" : fs;
}

} // namespace

Result<StorageDevice> parseStorageDeviceDescriptor(Bytes bytes) {
    if (bytes.size() < kDescriptorHeader) {
        return badAnswer("STORAGE_DEVICE_DESCRIPTOR", bytes.size());
    }
    // Size is what the whole descriptor takes; a buffer shorter than that holds only its head.
    const std::uint32_t size = le32(bytes, 4);
    if (size < kDescriptorHeader) {
        return badAnswer("STORAGE_DEVICE_DESCRIPTOR", 4);
    }
    const std::size_t limit = std::min<std::size_t>(size, bytes.size());
    StorageDevice d;
    d.removable = bytes[kDescriptorRemovable] != 0;
    d.busType = le32(bytes, kDescriptorBusType);
    const std::pair<std::size_t, std::string*> strings[] = {{kDescriptorVendor, &d.vendor},
                                                            {kDescriptorProduct, &d.product},
                                                            {kDescriptorRevision, &d.revision},
                                                            {kDescriptorSerial, &d.serial}};
    for (const auto& [field, into] : strings) {
        auto s = descriptorString(bytes, limit, field);
        if (!s) {
            return std::move(s).takeError();
        }
        *into = std::move(*s);
    }
    return d;
}

Result<Geometry> parseDiskGeometryEx(Bytes bytes) {
    if (bytes.size() < kGeometrySize) {
        return badAnswer("DISK_GEOMETRY_EX", bytes.size());
    }
    Geometry g;
    g.mediaType = le32(bytes, 8);
    g.bytesPerSector = le32(bytes, 20);
    g.diskSize = le64(bytes, 24);
    const std::uint32_t sector = g.bytesPerSector;
    if (sector < 512 || sector > 65536 || (sector & (sector - 1)) != 0) {
        return badAnswer("DISK_GEOMETRY_EX", 20);
    }
    if (g.diskSize >> 63 != 0) { // a LARGE_INTEGER below zero
        return badAnswer("DISK_GEOMETRY_EX", 24);
    }
    return g;
}

Result<std::vector<DiskExtent>> parseVolumeDiskExtents(Bytes bytes) {
    if (bytes.size() < kExtentsHeader) {
        return badAnswer("VOLUME_DISK_EXTENTS", bytes.size());
    }
    const std::uint32_t count = le32(bytes, 0);
    if (count > (bytes.size() - kExtentsHeader) / kExtentSize) {
        return badAnswer("VOLUME_DISK_EXTENTS", 0);
    }
    std::vector<DiskExtent> extents;
    extents.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = kExtentsHeader + i * kExtentSize;
        extents.push_back({le32(bytes, at), le64(bytes, at + 8), le64(bytes, at + 16)});
    }
    return extents;
}

Result<DeviceNumber> parseStorageDeviceNumber(Bytes bytes) {
    if (bytes.size() < kDeviceNumberSize) {
        return badAnswer("STORAGE_DEVICE_NUMBER", bytes.size());
    }
    return DeviceNumber{le32(bytes, 0), le32(bytes, 4), le32(bytes, 8)};
}

std::string busName(std::uint32_t busType) {
    switch (busType) {
    case 1:
        return "scsi";
    case 2:
    case 3:
        return "ata";
    case 4:
        return "ieee1394";
    case 6:
        return "fc";
    case 7:
        return "usb";
    case 8:
        return "raid";
    case 9:
        return "iscsi";
    case 10:
        return "sas";
    case 11:
        return "sata";
    case 12: // SD
    case 13: // MMC
        return "mmc";
    case 14:
    case 15:
        return "virtual";
    case 16:
        return "spaces";
    case 17:
        return "nvme";
    case 19:
        return "ufs";
    default:
        return {};
    }
}

std::optional<std::uint32_t> diskNumberOfPath(const std::string& path) {
    static const std::string prefix = "\\\\.\\physicaldrive";
    if (!startsWithCaseless(path, prefix) || path.size() == prefix.size() ||
        path.size() > prefix.size() + 9) {
        return std::nullopt;
    }
    std::uint64_t n = 0;
    for (std::size_t i = prefix.size(); i < path.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(path[i]))) {
            return std::nullopt;
        }
        n = n * 10 + static_cast<unsigned>(path[i] - '0');
    }
    if (n > 0xFFFFFFFFu) {
        return std::nullopt;
    }
    return static_cast<std::uint32_t>(n);
}

namespace {

struct Volume {
    const platform::VolumeAnswers* answers = nullptr;
    std::optional<std::vector<DiskExtent>> extents; // nullopt: not known
};

// Marks the disks under `volume` as holding `what`; false when they cannot be told.
bool markSystem(const Volume& volume, const std::string& what,
                std::map<std::uint32_t, std::string>& system) {
    if (!volume.extents || volume.extents->empty()) {
        return false;
    }
    for (const auto& e : *volume.extents) {
        system.try_emplace(e.diskNumber, what);
    }
    return true;
}

// The disks holding the Windows folder and the page files, each with what it holds.
Result<std::map<std::uint32_t, std::string>> systemDisks(const std::vector<Volume>& volumes,
                                                         const std::string& windowsFolder) {
    std::map<std::uint32_t, std::string> system;
    const Volume* home = nullptr;
    std::size_t longest = 0;
    for (const auto& v : volumes) {
        for (const auto& p : v.answers->paths) {
            if (!p.empty() && p.size() > longest && startsWithCaseless(windowsFolder, p)) {
                home = &v;
                longest = p.size();
            }
        }
    }
    if (windowsFolder.empty() || home == nullptr || !markSystem(*home, windowsFolder, system)) {
        return Error("drives.system_disk_unknown").with("folder", windowsFolder);
    }
    for (const auto& v : volumes) {
        if (!v.answers->systemFiles.empty() &&
            !markSystem(v, v.answers->systemFiles.front(), system)) {
            return Error("drives.system_disk_unknown").with("folder", v.answers->systemFiles[0]);
        }
    }
    return system;
}

// Disk `number` as a Drive, or nullopt when its answers do not hold together.
std::optional<Drive> driveOf(const platform::DiskAnswers& a, std::uint32_t number) {
    const auto device = parseStorageDeviceDescriptor(a.descriptor);
    if (!device) {
        return std::nullopt;
    }
    Drive d;
    d.name = "PhysicalDrive" + std::to_string(number);
    d.path = "\\\\.\\" + d.name;
    d.majMin = "disk:" + std::to_string(number); // as platform::deviceNumberOf says it
    d.type = "disk";
    d.vendor = device->vendor;
    d.model = device->product;
    d.serial = device->serial;
    d.bus = busName(device->busType);
    d.removable = device->removable;
    d.hotplug = d.removable || d.bus == "usb" || d.bus == "mmc" || d.bus == "ieee1394";
    d.readOnly = a.writeProtected;
    if (!a.geometry.empty()) { // no geometry: no medium in the reader, size 0
        const auto geometry = parseDiskGeometryEx(a.geometry);
        if (!geometry) {
            return std::nullopt;
        }
        d.sizeBytes = geometry->diskSize;
        d.logicalSectorSize = geometry->bytesPerSector;
    }
    return d;
}

void addVolumes(Drive& drive, std::uint32_t number, const std::vector<Volume>& volumes) {
    for (const auto& v : volumes) {
        if (!v.extents ||
            std::none_of(v.extents->begin(), v.extents->end(),
                         [&](const DiskExtent& e) { return e.diskNumber == number; })) {
            continue;
        }
        DriveChild child;
        child.path = v.answers->name;
        child.fsType = fsTypeWord(v.answers->fileSystem);
        child.label = v.answers->label;
        child.mountpoints = v.answers->paths;
        drive.children.push_back(std::move(child));
    }
}

} // namespace

Result<std::vector<Drive>> drivesFromAnswers(const platform::SystemAnswers& answers) {
    if (answers.error != 0) {
        return Error("drives.windows_list_failed")
            .with("detail", platform::errorText(answers.error));
    }
    std::vector<Volume> volumes;
    for (const auto& v : answers.volumes) {
        Volume volume{&v, std::nullopt};
        if (auto extents = parseVolumeDiskExtents(v.extents); extents && !v.extents.empty()) {
            volume.extents = std::move(*extents);
        }
        volumes.push_back(std::move(volume));
    }
    auto system = systemDisks(volumes, answers.windowsFolder);
    if (!system) {
        return std::move(system).takeError();
    }
    std::map<std::uint32_t, Drive> byNumber;
    for (const auto& a : answers.disks) {
        const auto device = parseStorageDeviceNumber(a.deviceNumber);
        auto drive = device ? driveOf(a, device->deviceNumber) : std::nullopt;
        if (!drive) {
            continue;
        }
        const std::uint32_t number = device->deviceNumber;
        if (const auto it = system->find(number); it != system->end()) {
            drive->systemDisk = true;
            drive->systemPath = it->second;
        }
        addVolumes(*drive, number, volumes);
        byNumber.try_emplace(number, std::move(*drive));
    }
    std::vector<Drive> drives;
    for (auto& [number, drive] : byNumber) {
        drives.push_back(std::move(drive));
    }
    return drives;
}

} // namespace imprint::flasher::windisks
