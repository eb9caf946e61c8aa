// The safety verdict on a drive: whether Imprint may write it and, if not, why. Follows the
// reference's table: the system drive and the drive holding the source are refused, so are
// read-only and too-small drives; a very large drive needs confirmation; mounts come off first.
#pragma once

#include "core/common/result.h"
#include "flasher/drives/drive.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace imprint::flasher {

enum class DriveUse {
    Flash, // the whole drive is overwritten; mounted partitions are unmounted first
    Edit,  // files on the drive's boot partition are changed in place; mounted is refused
};

// What the verdict needs to know beyond the drive itself.
struct SafetyContext {
    DriveUse use = DriveUse::Flash;
    std::optional<std::uint64_t> imageSize; // the bytes to be written, when known
    std::vector<std::string> sourcePaths;   // files the job reads (image, bmap, profiles)
};

enum class Concern {
    Refused, // never written
    Confirm, // written only after the user confirms (or --yes)
    Unmount, // written after its partitions are unmounted; refused if that fails
};

struct DriveIssue {
    Concern concern;
    Error reason; // "drives.*" code with {path} and the facts behind it
};

struct DriveVerdict {
    // Holds /, /boot, /usr or active swap (Windows: Drive::systemDisk): hidden from the list,
    // always refused.
    bool systemDrive = false;
    std::vector<DriveIssue> issues;

    [[nodiscard]] bool refused() const { return has(Concern::Refused); }
    [[nodiscard]] bool needsConfirmation() const { return has(Concern::Confirm); }
    [[nodiscard]] bool needsUnmount() const { return has(Concern::Unmount); }
    [[nodiscard]] std::vector<Error> reasons(Concern concern) const {
        std::vector<Error> out;
        for (const auto& i : issues) {
            if (i.concern == concern) {
                out.push_back(i.reason);
            }
        }
        return out;
    }

private:
    [[nodiscard]] bool has(Concern c) const {
        for (const auto& i : issues) {
            if (i.concern == c) {
                return true;
            }
        }
        return false;
    }
};

// Drives larger than this (decimal 128 GB) get the "unusually large" warning.
inline constexpr std::uint64_t kLargeDriveBytes = 128'000'000'000ULL;

// Judges one drive. Pure: the only system call is stat() on the context's source paths.
DriveVerdict assessDrive(const Drive& drive, const SafetyContext& context);

// For editing a drive's boot partition in place (DriveUse::Edit): finds the drive
// (probeDrive()) and judges it. Errors only when the drive cannot be found
// ("drives.not_found", "drives.is_partition", listDrives()' errors); refusals are in the
// verdict.
Result<DriveVerdict> assessDriveForEdit(const std::string& devicePath);

// "8:17" for the device a file lives on, or empty when it cannot be stat()ed.
std::string deviceOfFile(const std::string& path);

} // namespace imprint::flasher
