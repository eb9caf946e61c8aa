// A WriteJob writes one Source to N Targets at once from a single decompression: wipe, data
// (only mapped ranges), sync, verify by reading back, and the first MiB last, so a cancelled or
// failed write never leaves a disk that looks valid. A failing target is dropped on its own.
#pragma once

#include "core/common/result.h"
#include "flasher/blockmap/blockmap.h"
#include "flasher/source/source.h"
#include "flasher/target/target.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace imprint::flasher {

// Bytes one target gets instead of the image's: the seam through which a configuration Plan
// (changed boot-partition sectors from an Overlay) reaches the stream. Written even where the
// block map has no data, verified like the rest.
struct ByteOverride {
    std::uint64_t offset = 0;
    std::vector<std::byte> bytes;
};

struct TargetPlan {
    std::unique_ptr<Target> target;
    std::vector<ByteOverride> overrides; // sorted or not; must not overlap
};

enum class Phase { Preparing, Writing, Verifying, Finishing, Done, Failed, Cancelled };
const char* phaseName(Phase phase); // "preparing", "writing", ...

struct Progress {
    std::size_t target = 0; // index in the job's target list
    Phase phase = Phase::Preparing;
    std::uint64_t bytesDone = 0;  // writing: image bytes passed; verifying: bytes read back
    std::uint64_t bytesTotal = 0; // 0 when unknown (then `fraction` follows the compressed file)
    bool totalIsEstimate = false;
    double fraction = 0;       // 0..1 of the current phase
    double bytesPerSecond = 0; // average over the phase so far
    double secondsLeft = -1;   // of the phase; -1 when unknown
};

struct WriteOptions {
    bool verify = true;
    // Ranges to write. Without one, the whole image is written (image files still skip
    // all-zero blocks, which a fresh file reads as zeros anyway).
    std::optional<BlockMap> blockMap;
    std::size_t chunkBytes = 4 << 20;
    std::size_t chunkCount = 8; // buffers shared by all targets: the memory bound
    // Direct reads in flight while verifying (2 MiB each), shared out among the targets: one
    // read at a time leaves a disk idle between requests.
    std::size_t verifyReaders = 4;
    // An image file is read back this far behind the writes, while the stream goes on (by
    // then the kernel has written it back on its own; sooner, a read forces that write-back
    // in small pieces). A device is read back after its last write and the sync.
    std::uint64_t verifyLag = 64 << 20;
};

// The bytes at the start of a target held back and written after everything else.
inline constexpr std::uint64_t kHeadBytes = 1 << 20;

class WriteJob {
public:
    WriteJob(std::unique_ptr<Source> source, std::vector<TargetPlan> targets,
             WriteOptions options = {});
    ~WriteJob();
    WriteJob(const WriteJob&) = delete;
    WriteJob& operator=(const WriteJob&) = delete;

    // Called from the job's threads (one call at a time), at phase changes and every ~100 ms.
    void onProgress(std::function<void(const Progress&)> callback);
    // From any thread, at any time: targets end with "flash.cancelled", first MiB unwritten.
    void cancel();

    // Runs to the end; one result per target, in order. Errors of a target: its Target's,
    // "flash.verify_failed" {name, offset, length}, "flash.cancelled", "flash.override_outside",
    // or the source's (then every target has it): Source errors, "bmap.checksum_mismatch",
    // "bmap.size_mismatch".
    std::vector<Result<void>> run();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace imprint::flasher
