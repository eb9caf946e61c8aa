// Messages for the errors of core/disk: "disk.*" (devices), "partition.*" (tables), "fat.*"
// (FAT volumes and boot-partition files) and "boot.*" (finding the boot partition).
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> disk() {
    static constexpr ErrorMessage table[] = {
        {"disk.open_failed",
         QT_TRANSLATE_NOOP("Errors", "Cannot open {path}: {reason}. Check the path and that you "
                                     "may read (and, to change it, write) it.")},
        {"disk.read_failed",
         QT_TRANSLATE_NOOP("Errors", "Reading {path} failed: {reason}. The file or drive may be "
                                     "damaged or was removed; try again or use another copy.")},
        {"disk.write_failed",
         QT_TRANSLATE_NOOP("Errors", "Writing {path} failed: {reason}. Check that the drive is "
                                     "still connected and not write-protected, then try again.")},
        {"disk.read_only",
         QT_TRANSLATE_NOOP("Errors", "{path} is open read-only, so nothing was changed. Check the "
                                     "write-protect switch and your permissions.")},
        {"disk.out_of_range",
         QT_TRANSLATE_NOOP("Errors", "A read or write of {length} bytes at byte {offset} falls "
                                     "outside the device ({size} bytes): the data on it is "
                                     "inconsistent. Use a complete, undamaged image.")},
        {"partition.read_failed",
         QT_TRANSLATE_NOOP("Errors", "The partition table cannot be read: {reason}.")},
        {"partition.no_table",
         QT_TRANSLATE_NOOP("Errors", "No partition table (MBR or GPT) was found. Is this a "
                                     "balenaOS image? Compressed images must be decompressed "
                                     "first.")},
        {"partition.unsupported",
         QT_TRANSLATE_NOOP("Errors", "The partition table type \"{kind}\" is not supported; only "
                                     "MBR and GPT are.")},
        {"partition.beyond_end",
         QT_TRANSLATE_NOOP("Errors", "Partition {number} ends at byte {end}, past the end of the "
                                     "device ({size} bytes): the image is truncated or the table "
                                     "is damaged, so nothing on it will be changed. Use a "
                                     "complete image.")},
        {"fat.not_fat", QT_TRANSLATE_NOOP("Errors", "This is not a FAT filesystem.")},
        {"fat.bad_bpb",
         QT_TRANSLATE_NOOP("Errors", "The FAT boot sector is damaged: {field} is {value}. Check "
                                     "the volume with fsck.fat or use a fresh image.")},
        {"fat.volume_exceeds_range",
         QT_TRANSLATE_NOOP("Errors", "The FAT filesystem claims {volume} bytes but its partition "
                                     "has only {range}: the image is damaged or truncated.")},
        {"fat.chain_out_of_range",
         QT_TRANSLATE_NOOP("Errors", "The FAT is damaged: cluster {cluster} links to {value}, "
                                     "outside the volume. Repair it with fsck.fat.")},
        {"fat.chain_free_link",
         QT_TRANSLATE_NOOP("Errors", "The FAT is damaged: the chain through cluster {cluster} "
                                     "ends in a free cluster. Repair it with fsck.fat.")},
        {"fat.chain_bad_cluster",
         QT_TRANSLATE_NOOP("Errors", "The FAT is damaged: the chain through cluster {cluster} "
                                     "runs into a cluster marked bad. Repair it with fsck.fat.")},
        {"fat.cyclic_chain",
         QT_TRANSLATE_NOOP("Errors", "The FAT is damaged: the chain starting at cluster "
                                     "{cluster} loops. Repair it with fsck.fat.")},
        {"fat.chain_too_short",
         QT_TRANSLATE_NOOP("Errors", "{path} claims {size} bytes but its clusters hold less: the "
                                     "volume is damaged. Repair it with fsck.fat.")},
        {"fat.entry_out_of_range",
         QT_TRANSLATE_NOOP("Errors", "The directory entry \"{name}\" points to cluster {cluster}, "
                                     "outside the volume. Repair it with fsck.fat.")},
        {"fat.directory_too_large",
         QT_TRANSLATE_NOOP("Errors", "A directory (cluster {cluster}) is larger than FAT allows: "
                                     "the volume is damaged. Repair it with fsck.fat.")},
        {"fat.directory_full",
         QT_TRANSLATE_NOOP("Errors", "The directory is full (65536 entries). Remove some files "
                                     "from it first.")},
        {"fat.root_full",
         QT_TRANSLATE_NOOP("Errors", "The root directory of this FAT12/FAT16 volume has no free "
                                     "entry left. Remove files from it or use a subdirectory.")},
        {"fat.volume_full",
         QT_TRANSLATE_NOOP("Errors", "Not enough space for {path}: {needed} bytes needed, {free} "
                                     "free. Remove files from the partition first.")},
        {"fat.file_too_large",
         QT_TRANSLATE_NOOP("Errors", "{path} is too large for FAT (4 GiB at most).")},
        {"fat.not_found", QT_TRANSLATE_NOOP("Errors", "{path} does not exist.")},
        {"fat.not_a_directory", QT_TRANSLATE_NOOP("Errors", "{path} is not a directory.")},
        {"fat.is_a_directory",
         QT_TRANSLATE_NOOP("Errors", "{path} is a directory; give the path of a file.")},
        {"fat.exists",
         QT_TRANSLATE_NOOP("Errors", "{path} already exists; remove it first or choose another "
                                     "name.")},
        {"fat.directory_not_empty",
         QT_TRANSLATE_NOOP("Errors", "{path} is not empty; remove what is inside first.")},
        {"fat.invalid_name",
         QT_TRANSLATE_NOOP("Errors", "\"{name}\" cannot be a FAT file name ({reason}): names have "
                                     "1 to 255 characters, none of \" * / : < > ? \\ | or control "
                                     "characters, and do not end in a dot or space.")},
        {"fat.aliases_exhausted",
         QT_TRANSLATE_NOOP("Errors", "No short name is left for this file in its directory; use "
                                     "a more distinct name.")},
        {"fat.is_root", QT_TRANSLATE_NOOP("Errors", "The root directory cannot be removed or "
                                                    "moved.")},
        {"fat.move_into_itself",
         QT_TRANSLATE_NOOP("Errors", "{path} cannot be moved into itself.")},
        {"boot.not_found",
         QT_TRANSLATE_NOOP("Errors", "No boot partition was found (no resin-boot, flash-boot or "
                                     "balena-boot partition, no FAT partition with "
                                     "device-type.json, no partition 1). Name one with "
                                     "--partition.")},
        {"boot.no_partition",
         QT_TRANSLATE_NOOP("Errors", "There is no partition {number} holding a filesystem; see "
                                     "'imprint inspect' for the list.")},
        {"boot.not_fat",
         QT_TRANSLATE_NOOP("Errors", "Partition {number} is not a FAT filesystem; see 'imprint "
                                     "inspect' for the list.")},
        // Values of {reason}, {detail} and {what}: the words that fill a message above.
        {"disk.not_file_or_device", QT_TRANSLATE_NOOP("Errors", "not a file or a device")},
        {"disk.unexpected_end", QT_TRANSLATE_NOOP("Errors", "unexpected end of file")},
        {"disk.not_a_directory", QT_TRANSLATE_NOOP("Errors", "not a folder")},
        {"disk.no_such_file", QT_TRANSLATE_NOOP("Errors", "no such file or folder")},
        {"partition.gpt_damaged",
         QT_TRANSLATE_NOOP("Errors", "the MBR announces a GPT, but neither its primary nor its "
                                     "backup header is valid (the image is damaged or cut "
                                     "short)")},
        // fat.invalid_name {reason}
        {"utf8", QT_TRANSLATE_NOOP("Errors", "not valid UTF-8")},
        {"empty", QT_TRANSLATE_NOOP("Errors", "empty")},
        {"reserved", QT_TRANSLATE_NOOP("Errors", "a reserved name")},
        {"too_long", QT_TRANSLATE_NOOP("Errors", "too long")},
        {"character", QT_TRANSLATE_NOOP("Errors", "a character FAT does not allow")},
        {"trailing", QT_TRANSLATE_NOOP("Errors", "ends with a dot or a space")},
    };
    return table;
}

} // namespace imprint::app::messages
