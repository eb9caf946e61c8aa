// Pieces shared by the two halves of FatVolume (reading, writing). Internal to core/disk.
#pragma once

#include "core/disk/fatdirectory.h"
#include "core/disk/fatvolume.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace imprint::disk {

// FSInfo sector fields (FAT32).
constexpr std::size_t FSI_LeadSig = 0, FSI_StrucSig = 484, FSI_Free_Count = 488, FSI_Nxt_Free = 492,
                      FSI_TrailSig = 508;

std::vector<std::string> splitPath(std::string_view path);
std::optional<std::size_t> findSlot(const ParsedDirectory& parsed, std::u16string_view name);

// Where a path leads: its parent directory (decoded) and, when it exists, its slot there.
struct FatVolume::Located {
    std::vector<std::string> components;
    FatDirectory parent;
    ParsedDirectory parsed;
    std::optional<std::size_t> slot;
    std::u16string name;
    bool isRoot = false;

    [[nodiscard]] std::string path() const;
};

} // namespace imprint::disk
