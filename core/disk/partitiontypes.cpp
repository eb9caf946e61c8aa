// The names libfdisk 2.38 gives the partition types an Imprint user meets (its lists,
// include/pt-mbr-partnames.h and include/pt-gpt-partnames.h, hold hundreds; the rest stay
// unnamed here).
#include "core/disk/tableformats.h"

#include <algorithm>
#include <iterator>

namespace imprint::disk::tableformats {
namespace {

struct MbrName {
    std::uint8_t type;
    const char* name;
};

constexpr MbrName kMbrNames[] = {
    {0x00, "Empty"},
    {0x01, "FAT12"},
    {0x04, "FAT16 <32M"},
    {0x05, "Extended"},
    {0x06, "FAT16"},
    {0x07, "HPFS/NTFS/exFAT"},
    {0x0b, "W95 FAT32"},
    {0x0c, "W95 FAT32 (LBA)"},
    {0x0e, "W95 FAT16 (LBA)"},
    {0x0f, "W95 Ext'd (LBA)"},
    {0x82, "Linux swap / Solaris"},
    {0x83, "Linux"},
    {0x85, "Linux extended"},
    {0x8e, "Linux LVM"},
    {0xda, "Non-FS data"},
    {0xea, "Linux extended boot"},
    {0xee, "GPT"},
    {0xef, "EFI (FAT-12/16/32)"},
    {0xfd, "Linux raid autodetect"},
};

struct GptName {
    std::string_view guid;
    const char* name;
};

constexpr GptName kGptNames[] = {
    {"C12A7328-F81F-11D2-BA4B-00A0C93EC93B", "EFI System"},
    {"21686148-6449-6E6F-744E-656564454649", "BIOS boot"},
    {"E3C9E316-0B5C-4DB8-817D-F92DF00215AE", "Microsoft reserved"},
    {"EBD0A0A2-B9E5-4433-87C0-68B6B72699C7", "Microsoft basic data"},
    {"0657FD6D-A4AB-43C4-84E5-0933C84B4F4F", "Linux swap"},
    {"0FC63DAF-8483-4772-8E79-3D69D8477DE4", "Linux filesystem"},
    {"44479540-F297-41B2-9AF7-D131D5F0458A", "Linux root (x86)"},
    {"4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709", "Linux root (x86-64)"},
    {"69DAD710-2CE4-4E3C-B16C-21A1D49ABED3", "Linux root (ARM)"},
    {"B921B045-1DF0-41C3-AF44-4C6F280D3FAE", "Linux root (ARM-64)"},
    {"933AC7E1-2EB4-4F13-B844-0E14E2AEF915", "Linux home"},
    {"A19D880F-05FC-4D3B-A006-743F0F84911E", "Linux RAID"},
    {"E6D6D379-F507-44C2-A23C-238F2A3DF928", "Linux LVM"},
    {"BC13C2FF-59E6-4262-A352-B275FD6F7172", "Linux extended boot"},
};

} // namespace

std::string mbrTypeName(std::uint8_t type) {
    const auto* it = std::find_if(std::begin(kMbrNames), std::end(kMbrNames),
                                  [type](const MbrName& n) { return n.type == type; });
    return it == std::end(kMbrNames) ? std::string() : std::string(it->name);
}

std::string gptTypeName(std::string_view guid) {
    const auto* it = std::find_if(std::begin(kGptNames), std::end(kGptNames),
                                  [guid](const GptName& n) { return n.guid == guid; });
    return it == std::end(kGptNames) ? std::string() : std::string(it->name);
}

} // namespace imprint::disk::tableformats
