// A WriteRequest is what a front end (`imprint flash`, the GUI's write step, `imprint batch`) asks
// for; prepareWrite() is the one place that turns it into a WriteJob, or into refusals that each
// name their target, so a feature of the pipeline reaches every front end at once.
#pragma once

#include "core/common/result.h"
#include "flasher/drives/drive.h"
#include "flasher/plan/streamplan.h"
#include "flasher/platform/driveaccess.h"
#include "flasher/source/source.h"
#include "flasher/writejob/writejob.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace imprint::flasher {

class GrowingFile;

struct TargetRequest {
    std::string path;   // "/dev/sdb" (a whole drive) or "out.img" (an image file)
    bool drive = false; // a whole drive; else an image file, created or overwritten
    // Configured on the way with this profile, or with a plan worked out before (batch plans
    // every row before writing any). Neither: the image as it is.
    std::optional<provision::Profile> profile;
    std::optional<StreamPlan> plan;
    // Erasing it was confirmed (--yes, a dialog): a drive, or an image file that exists.
    bool confirmed = false;
};

// Where the ranges to write come from.
enum class MapChoice {
    Auto,       // a .bmap beside the image, else worked out from a raw image's contents
    File,       // WriteRequest::bmapPath
    WholeImage, // every byte (image files still skip all-zero blocks)
};

struct WriteRequest {
    std::string source; // the image; names a download in progress too
    // A download in progress: read as it grows (Source::open's `file`).
    std::shared_ptr<GrowingFile> growing;
    // For a download of a raw image that a target configures: waits until the download is
    // complete and gives its file (a raw image's boot partition is read in place).
    std::function<Result<std::string>()> wholeSource;
    std::vector<TargetRequest> targets;
    bool verify = true;
    MapChoice map = MapChoice::Auto;
    std::string bmapPath; // with MapChoice::File
    // Other files the job reads (profiles): a drive holding one is refused like the source's.
    std::vector<std::string> readPaths;
    std::size_t chunkBytes = 0; // 0: WriteOptions' default
    std::size_t chunkCount = 0;
    // How drives are opened when the process may not (UDisks2 on Linux); null: directly only.
    std::shared_ptr<DriveBroker> broker;
    bool preferBroker = false; // use the broker even when direct access is allowed
};

// Why a target is not written. Any refusal stops the whole request: nothing is written.
struct Refusal {
    enum class Kind {
        Unsafe,      // the safety rules forbid it (4): system drive, too small, the source...
        Unconfirmed, // erasing it needs a yes nobody gave (4)
        Invalid,     // the target or its profile is wrong (2): not a drive, config errors
        Failed,      // it could not be opened or unmounted (1)
    };
    std::size_t target = 0;
    Kind kind = Kind::Unsafe;
    Error reason; // drives.*, target.*, a config issue's error (pointer set), platform.*
};

// Where the written ranges come from, for the front end to say.
struct MapFacts {
    enum class Origin { BmapFile, Computed, WholeImage } origin = Origin::WholeImage;
    std::string bmapPath;
    std::uint64_t mappedBytes = 0; // 0 when the image size is not known before the end
    std::uint64_t imageSize = 0;
};

struct PreparedTarget {
    TargetRequest request; // profile and plan moved out: see `plan`
    std::optional<StreamPlan> plan;
    std::optional<Drive> drive;  // for a drive: what the system lists
    std::vector<Error> cautions; // said before asking: drives.large, drives.mounted, target.exists
    bool needsConfirmation = false;
    bool needsUnmount = false;
};

class PreparedWrite {
public:
    PreparedWrite(PreparedWrite&&) noexcept;
    PreparedWrite& operator=(PreparedWrite&&) noexcept;
    ~PreparedWrite();

    [[nodiscard]] const std::vector<PreparedTarget>& targets() const { return targets_; }
    [[nodiscard]] const MapFacts& map() const { return map_; }
    [[nodiscard]] const Source& source() const { return *source_; }
    // Refused before anything is opened: unsafe targets and profile errors.
    [[nodiscard]] const std::vector<Refusal>& refusals() const { return refusals_; }
    // Targets waiting for a yes (needsConfirmation and not confirmed).
    [[nodiscard]] std::vector<std::size_t> unconfirmed() const;
    void confirm(std::size_t target);

    // Unmounts what must come off, opens every target and gives the job; or, when anything is
    // refused, unconfirmed or cannot be opened, null with refusals() saying why, and nothing
    // written anywhere. Call once.
    std::unique_ptr<WriteJob> start();

private:
    friend Result<PreparedWrite> prepareWrite(WriteRequest request);
    PreparedWrite() = default;
    std::unique_ptr<Source> source_;
    std::vector<PreparedTarget> targets_;
    std::vector<Refusal> refusals_;
    MapFacts map_;
    WriteOptions options_;
    std::shared_ptr<DriveBroker> broker_;
    bool preferBroker_ = false;
};

// Opens the source, finds its block map, plans every target's configuration on the stream and
// judges every target's safety; nothing is opened for writing yet. Errors (the source's, for
// every target): Source::open's, bmap.*, ImageHead's and planOnStream's, with {target} (1-based)
// when one target's plan failed to read.
Result<PreparedWrite> prepareWrite(WriteRequest request);

} // namespace imprint::flasher
