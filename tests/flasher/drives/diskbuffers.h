// Windows' answers about disks built byte by byte after Microsoft's documented layouts, for
// tst_windowsdisks: what the IOCTLs fill in, without windows.h.
#pragma once

#include "flasher/drives/windowsdisks.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace diskbuffers {

using imprint::flasher::windisks::DiskExtent;

struct Buffer {
    std::vector<std::uint8_t> bytes;
    void u8(std::uint8_t v) { bytes.push_back(v); }
    void u32(std::uint32_t v) {
        for (int i = 0; i < 4; ++i) {
            bytes.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
        }
    }
    void u64(std::uint64_t v) {
        u32(static_cast<std::uint32_t>(v));
        u32(static_cast<std::uint32_t>(v >> 32));
    }
    void set32(std::size_t at, std::uint32_t v) {
        for (std::size_t i = 0; i < 4; ++i) {
            bytes[at + i] = static_cast<std::uint8_t>(v >> (8 * i));
        }
    }
    // Appends `s` and its NUL; its offset, or 0 for no string (as Windows says "none").
    std::uint32_t text(const std::string& s) {
        if (s.empty()) {
            return 0;
        }
        const auto at = static_cast<std::uint32_t>(bytes.size());
        bytes.insert(bytes.end(), s.begin(), s.end());
        bytes.push_back(0);
        return at;
    }
};

struct Device {
    std::string vendor, product, revision, serial;
    std::uint32_t bus = 7;
    bool removable = true;
};

// STORAGE_DEVICE_DESCRIPTOR: Version, Size, DeviceType, DeviceTypeModifier, RemovableMedia,
// CommandQueueing, VendorIdOffset (12), ProductIdOffset (16), ProductRevisionOffset (20),
// SerialNumberOffset (24), BusType (28), RawPropertiesLength (32), RawDeviceProperties (36);
// sizeof is 40, the strings follow.
inline std::vector<std::uint8_t> descriptor(const Device& d) {
    Buffer b;
    b.u32(40);
    b.u32(0); // Size, set below
    b.u8(0);  // DeviceType: direct access
    b.u8(0);
    b.u8(d.removable ? 1 : 0);
    b.u8(0);
    for (int i = 0; i < 4; ++i) {
        b.u32(0); // offsets, set below
    }
    b.u32(d.bus);
    b.u32(0);
    b.u32(0); // RawDeviceProperties[1] and padding
    b.set32(12, b.text(d.vendor));
    b.set32(16, b.text(d.product));
    b.set32(20, b.text(d.revision));
    b.set32(24, b.text(d.serial));
    b.set32(4, static_cast<std::uint32_t>(b.bytes.size()));
    return b.bytes;
}

// DISK_GEOMETRY_EX: Cylinders, MediaType, TracksPerCylinder, SectorsPerTrack, BytesPerSector,
// DiskSize, then Data (left out: the partition and detection information).
inline std::vector<std::uint8_t> geometry(std::uint64_t size, std::uint32_t sector = 512,
                                          std::uint32_t media = 11) {
    Buffer b;
    b.u64(sector == 0 ? 0 : size / sector / 255 / 63);
    b.u32(media);
    b.u32(255);
    b.u32(63);
    b.u32(sector);
    b.u64(size);
    return b.bytes;
}

// VOLUME_DISK_EXTENTS: NumberOfDiskExtents, padding, then DISK_EXTENTs (DiskNumber, padding,
// StartingOffset, ExtentLength).
inline std::vector<std::uint8_t> extents(const std::vector<DiskExtent>& list,
                                         std::optional<std::uint32_t> count = std::nullopt) {
    Buffer b;
    b.u32(count.value_or(static_cast<std::uint32_t>(list.size())));
    b.u32(0);
    for (const auto& e : list) {
        b.u32(e.diskNumber);
        b.u32(0);
        b.u64(e.startingOffset);
        b.u64(e.extentLength);
    }
    return b.bytes;
}

// STORAGE_DEVICE_NUMBER: DeviceType (7, FILE_DEVICE_DISK), DeviceNumber, PartitionNumber.
inline std::vector<std::uint8_t> deviceNumber(std::uint32_t n) {
    Buffer b;
    b.u32(7);
    b.u32(n);
    b.u32(0xFFFFFFFFu); // a whole disk has no partition number
    return b.bytes;
}

} // namespace diskbuffers
