// Messages for the errors of flasher/: "drives.*", "source.*", "bmap.*", "target.*", "flash.*",
// "platform.*".
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> flasher() {
    static constexpr ErrorMessage table[] = {
        // drives
        {"drives.bad_json",
         QT_TRANSLATE_NOOP("Errors", "lsblk printed something that is not JSON: check that "
                                     "util-linux 2.33 or newer is installed.")},
        {"drives.unexpected_json",
         QT_TRANSLATE_NOOP("Errors", "lsblk's JSON has no \"{missing}\": check that util-linux "
                                     "2.33 or newer is installed.")},
        {"drives.lsblk_failed",
         QT_TRANSLATE_NOOP("Errors", "Could not list the drives with lsblk ({detail}): install "
                                     "util-linux, or name the device directly.")},
        {"drives.not_found",
         QT_TRANSLATE_NOOP("Errors", "{path} is not a drive on this computer: run 'imprint "
                                     "drives --all' to see the drives.")},
        {"drives.is_partition",
         QT_TRANSLATE_NOOP("Errors", "{path} is a partition of {drive}: name the whole drive "
                                     "({drive}) instead.")},
        {"drives.system_drive",
         QT_TRANSLATE_NOOP("Errors", "{path} holds the running system ({mountpoint} is on it): "
                                     "it is never written. Choose another drive.")},
        {"drives.holds_source",
         QT_TRANSLATE_NOOP("Errors", "{path} holds {source}, which is being read: copy the "
                                     "file to another drive first, or choose another drive.")},
        {"drives.read_only",
         QT_TRANSLATE_NOOP("Errors", "{path} is read-only: slide the card's write-protect "
                                     "switch to unlocked and insert it again.")},
        {"drives.no_media",
         QT_TRANSLATE_NOOP("Errors", "{path} has no medium (its size is 0): insert a card "
                                     "into the reader.")},
        {"drives.too_small",
         QT_TRANSLATE_NOOP("Errors", "{path} is too small: it holds {size} but the image needs "
                                     "{needed}. Use a larger drive.")},
        {"drives.large",
         QT_TRANSLATE_NOOP("Errors", "{path} is unusually large ({size}) for a device card: "
                                     "make sure it is not a backup or data disk.")},
        {"drives.mounted",
         QT_TRANSLATE_NOOP("Errors", "{path} is in use: {mountpoints} mounted from it. "
                                     "Unmount it (or close what uses it) and try again.")},
        {"drives.windows_list_failed",
         QT_TRANSLATE_NOOP("Errors", "Could not list the drives ({detail}). Try again; if it "
                                     "keeps failing, write an image file instead.")},
        {"drives.system_disk_unknown",
         QT_TRANSLATE_NOOP("Errors", "Could not tell which drive holds {folder}, so no drive is "
                                     "offered: one of them might hold the running system.")},
        {"drives.wine_host_device",
         QT_TRANSLATE_NOOP("Errors", "{path} is a device of the system Wine runs on, which Wine "
                                     "cannot describe: it is never written. Link the drive to "
                                     "an image file instead.")},
        {"drives.bad_disk_answer",
         QT_TRANSLATE_NOOP("Errors", "Windows described a drive in a way that does not hold "
                                     "together ({structure}, byte {offset}): it is left out.")},
        {"drives.unmount_failed",
         QT_TRANSLATE_NOOP("Errors", "{path} stays in use: {mountpoint} could not be unmounted "
                                     "({detail}). Close what uses it and try again.")},
        // source
        {"source.open_failed",
         QT_TRANSLATE_NOOP("Errors", "Cannot open the image {path}: {detail}.")},
        {"source.empty",
         QT_TRANSLATE_NOOP("Errors", "The image {path} is empty: download it again.")},
        {"source.checksum_mismatch",
         QT_TRANSLATE_NOOP("Errors", "The image {path} has SHA-256 {actual}, not the expected "
                                     "{expected}: nothing was written. Check the checksum, or "
                                     "whether this is the image you meant.")},
        {"source.read_failed",
         QT_TRANSLATE_NOOP("Errors", "Reading the image {path} failed: {detail}. Check the drive "
                                     "it is on, or copy it elsewhere and try again.")},
        {"source.truncated",
         QT_TRANSLATE_NOOP("Errors", "The {format} image {path} ends too early, at byte {offset} "
                                     "(after {output_offset} bytes of image): the download is "
                                     "incomplete. Download it again.")},
        {"source.corrupt",
         QT_TRANSLATE_NOOP("Errors", "The {format} image {path} is damaged at byte {offset} "
                                     "(after {output_offset} bytes of image): {detail}. Download "
                                     "it again.")},
        {"source.size_mismatch",
         QT_TRANSLATE_NOOP("Errors", "The image in {path} should hold {expected} bytes but holds "
                                     "{actual}: the archive is damaged. Download it again.")},
        {"source.zip_bad",
         QT_TRANSLATE_NOOP("Errors", "{path} is not a readable zip file ({detail}, at byte "
                                     "{offset}): the download may be incomplete.")},
        {"source.zip_no_image",
         QT_TRANSLATE_NOOP("Errors",
                           "The zip file {path} holds no file: choose the image itself.")},
        {"source.zip_several_images",
         QT_TRANSLATE_NOOP("Errors", "The zip file {path} holds several files ({names}): unpack it "
                                     "and choose the image.")},
        {"source.zip_encrypted",
         QT_TRANSLATE_NOOP("Errors", "{name} in {path} is encrypted: unpack it with its password "
                                     "first.")},
        {"source.zip_unsupported_method",
         QT_TRANSLATE_NOOP("Errors", "{name} in {path} is compressed with zip method {method}, "
                                     "which Imprint cannot read: unpack it first, or use a .zip "
                                     "made with deflate.")},
        // bmap
        {"bmap.open_failed",
         QT_TRANSLATE_NOOP("Errors", "Cannot open the block map {path}: {detail}.")},
        {"bmap.bad",
         QT_TRANSLATE_NOOP("Errors", "The block map {path} is not a valid .bmap file ({detail}): "
                                     "make it again with 'bmaptool create', or flash without it.")},
        {"bmap.unsupported_version",
         QT_TRANSLATE_NOOP("Errors", "The block map {path} has format version {version}, which "
                                     "Imprint does not know: flash without --bmap.")},
        {"bmap.file_checksum_mismatch",
         QT_TRANSLATE_NOOP("Errors", "The block map {path} was changed after it was made (its own "
                                     "checksum does not match): download it again.")},
        {"bmap.checksum_mismatch",
         QT_TRANSLATE_NOOP("Errors", "The image does not match its block map: the {length} bytes "
                                     "at byte {offset} have another checksum. The image or the "
                                     ".bmap file is damaged or they do not belong together.")},
        {"bmap.size_mismatch",
         QT_TRANSLATE_NOOP("Errors", "The block map is for an image of {expected} bytes, but the "
                                     "image holds {actual}: use the .bmap made for this image.")},
        // bmap: an ext2/3/4 filesystem a computed map cannot read (its partition is then
        // written whole)
        {"bmap.ext_bad_superblock",
         QT_TRANSLATE_NOOP("Errors", "The ext2/3/4 filesystem at byte {offset} of the image has a "
                                     "damaged superblock ({field} is {value}): its whole "
                                     "partition is written.")},
        {"bmap.ext_unsupported",
         QT_TRANSLATE_NOOP("Errors", "The ext2/3/4 filesystem at byte {offset} of the image uses "
                                     "{feature}, which Imprint does not map: its whole partition "
                                     "is written.")},
        {"bmap.ext_block_outside",
         QT_TRANSLATE_NOOP("Errors", "The ext2/3/4 filesystem at byte {offset} of the image points "
                                     "at block {block}, outside itself: its whole partition is "
                                     "written. Check it with e2fsck.")},
        {"bmap.ext_checksum_mismatch",
         QT_TRANSLATE_NOOP("Errors", "Block {block} of the ext2/3/4 filesystem at byte {offset} of "
                                     "the image does not match its checksum: its whole partition "
                                     "is written. Check it with e2fsck.")},
        {"bmap.ext_too_large",
         QT_TRANSLATE_NOOP("Errors", "The ext2/3/4 filesystem at byte {offset} of the image is too "
                                     "large for Imprint to map: its whole partition is written.")},
        {"bmap.ext_too_fragmented",
         QT_TRANSLATE_NOOP("Errors", "The ext2/3/4 filesystem at byte {offset} of the image has "
                                     "its blocks in use spread over more than {runs} runs: its "
                                     "whole partition is written.")},
        // target
        {"target.open_failed",
         QT_TRANSLATE_NOOP("Errors", "Cannot open {name} for writing: {detail}. If it is a drive, "
                                     "check that nothing uses it and that you may write it.")},
        {"target.too_small",
         QT_TRANSLATE_NOOP("Errors", "{name} holds {size} bytes but the image needs {needed}: use "
                                     "a larger drive.")},
        {"target.write_failed",
         QT_TRANSLATE_NOOP("Errors", "Writing {name} failed at byte {offset}: {detail}. The drive "
                                     "may be failing or was removed; try another one.")},
        {"target.read_failed",
         QT_TRANSLATE_NOOP("Errors", "Reading back {name} failed at byte {offset}: {detail}. The "
                                     "drive may be failing or was removed.")},
        {"target.sync_failed",
         QT_TRANSLATE_NOOP("Errors", "Flushing {name} failed: {detail}. The data may not all be "
                                     "on the drive; try again or use another drive.")},
        {"target.is_source",
         QT_TRANSLATE_NOOP("Errors", "{path} is {source}, which the write reads: choose another "
                                     "file to write to.")},
        {"target.read_only",
         QT_TRANSLATE_NOOP("Errors", "{path} cannot be written ({detail}): choose a folder you "
                                     "may write to.")},
        {"target.exists", QT_TRANSLATE_NOOP("Errors", "{path} exists and will be overwritten.")},
        {"target.not_confirmed",
         QT_TRANSLATE_NOOP("Errors", "{path} was not written: erasing it was not confirmed.")},
        {"target.duplicate",
         QT_TRANSLATE_NOOP("Errors", "{path} is named twice: give each target once.")},
        // flash
        {"flash.refused_elsewhere",
         QT_TRANSLATE_NOOP("Errors", "Not written: another target was refused, so nothing was "
                                     "written.")},
        {"flash.verify_failed",
         QT_TRANSLATE_NOOP("Errors", "Verification of {name} failed: the {length} bytes at byte "
                                     "{offset} read back differently from what was written. The "
                                     "drive is unreliable or fake; use another one.")},
        {"flash.cancelled",
         QT_TRANSLATE_NOOP("Errors", "Writing {name} was cancelled; it is left unbootable (its "
                                     "first MiB is blank). Write it again to use it.")},
        {"flash.override_outside",
         QT_TRANSLATE_NOOP("Errors", "A configuration change for {name} at byte {offset} lies "
                                     "outside the image: the image and its configuration do not "
                                     "belong together.")},
        // platform
        {"platform.not_implemented",
         QT_TRANSLATE_NOOP("Errors", "{what} is not implemented yet: write an image file instead, "
                                     "or write the drive from Linux.")},
        {"platform.no_drive_access",
         QT_TRANSLATE_NOOP("Errors", "{name} cannot be opened: this program is not root and no "
                                     "helper (UDisks2) is available. Run it as root, or start "
                                     "the udisks2 service.")},
        // Values of {reason}, {detail} and {what}: the words that fill a message above.
        {"target.not_regular_file", QT_TRANSLATE_NOOP("Errors", "not a regular file")},
        {"platform.macos_drive_access",
         QT_TRANSLATE_NOOP("Errors", "Drive access on macOS (authopen)")},
        {"platform.windows_drive_access", QT_TRANSLATE_NOOP("Errors", "Drive access on Windows")},
        {"platform.drive_access", QT_TRANSLATE_NOOP("Errors", "Drive access on this system")},
        {"platform.unmount", QT_TRANSLATE_NOOP("Errors", "Unmounting on this system")},
        {"drives.exit_status", QT_TRANSLATE_NOOP("Errors", "exit status {status}")},
        {"source.failed_before", QT_TRANSLATE_NOOP("Errors", "reading had already failed")},
        {"source.file_shrank", QT_TRANSLATE_NOOP("Errors", "the file became shorter")},
        {"source.cannot_skip", QT_TRANSLATE_NOOP("Errors", "the stream cannot skip ahead")},
        {"source.not_xz", QT_TRANSLATE_NOOP("Errors", "not an xz stream")},
        {"source.not_bzip2", QT_TRANSLATE_NOOP("Errors", "not a bzip2 stream")},
        {"source.unsupported_options",
         QT_TRANSLATE_NOOP("Errors", "compressed with options Imprint cannot read")},
        {"source.damaged_data", QT_TRANSLATE_NOOP("Errors", "damaged data")},
        {"source.unexpected_end", QT_TRANSLATE_NOOP("Errors", "unexpected end of data")},
        {"source.out_of_memory", QT_TRANSLATE_NOOP("Errors", "out of memory")},
        {"source.memory_limit", QT_TRANSLATE_NOOP("Errors", "the memory limit was reached")},
        {"source.decoder_error", QT_TRANSLATE_NOOP("Errors", "the decoder failed")},
        {"source.crc_mismatch", QT_TRANSLATE_NOOP("Errors", "its CRC-32 checksum does not match")},
        {"source.trailing_data",
         QT_TRANSLATE_NOOP("Errors", "data after the end of the compressed stream")},
        {"source.zip_end_unreadable",
         QT_TRANSLATE_NOOP("Errors", "the end of the file cannot be read")},
        {"source.zip_no_end_record",
         QT_TRANSLATE_NOOP("Errors",
                           "no end of central directory: the file is truncated or not a zip file")},
        {"source.zip64_no_locator", QT_TRANSLATE_NOOP("Errors", "the ZIP64 locator is missing")},
        {"source.zip64_no_end_record",
         QT_TRANSLATE_NOOP("Errors", "the ZIP64 end record is missing")},
        {"source.zip_directory_outside",
         QT_TRANSLATE_NOOP("Errors", "the central directory lies outside the file")},
        {"source.zip_directory_unreadable",
         QT_TRANSLATE_NOOP("Errors", "the central directory cannot be read")},
        {"source.zip_directory_damaged",
         QT_TRANSLATE_NOOP("Errors", "the central directory is damaged")},
        {"source.zip_no_local_header", QT_TRANSLATE_NOOP("Errors", "a local header is missing")},
        {"source.zip_data_outside",
         QT_TRANSLATE_NOOP("Errors", "the entry's data lies outside the file")},
        {"bmap.no_bmap_element", QT_TRANSLATE_NOOP("Errors", "no <bmap> element")},
        {"bmap.no_sizes",
         QT_TRANSLATE_NOOP("Errors", "ImageSize or BlockSize missing or not a number")},
        {"bmap.unterminated_range", QT_TRANSLATE_NOOP("Errors", "an unterminated <Range>")},
        {"bmap.unknown_checksum_type",
         QT_TRANSLATE_NOOP("Errors", "unknown ChecksumType \"{type}\"")},
        {"bmap.bad_range", QT_TRANSLATE_NOOP("Errors", "bad range \"{range}\"")},
    };
    return table;
}

} // namespace imprint::app::messages
