#include "core/disk/filesystemprobe.h"

#include "core/disk/bytes.h"
#include "core/disk/fatvolume.h"

#include <vector>

namespace imprint::disk {

FilesystemProbe probeFilesystem(BlockDevice& device, std::uint64_t offset, std::uint64_t size) {
    FilesystemProbe out;
    if (auto fat = FatVolume::open(device, offset, size)) {
        out.type = "vfat";
        out.variant = fatTypeName((*fat)->type());
        if (auto label = (*fat)->label()) {
            out.label = *label;
        }
        return out;
    }
    // The ext superblock: 1024 bytes in, s_magic 0xEF53 at 56, s_volume_name at 120.
    if (size >= 2048) {
        std::vector<std::uint8_t> sb(1024);
        if (device.read(offset + 1024, sb) && le16(sb, 56) == 0xEF53) {
            const std::uint32_t compat = le32(sb, 92);
            const std::uint32_t incompat = le32(sb, 96);
            out.type = (incompat & 0x2C0u) != 0 ? "ext4" : ((compat & 0x4u) != 0 ? "ext3" : "ext2");
            std::string label(reinterpret_cast<const char*>(sb.data() + 120), 16);
            label.resize(label.find('\0') == std::string::npos ? label.size() : label.find('\0'));
            out.label = label;
        }
    }
    return out;
}

} // namespace imprint::disk
