// WriteReport: the one rule for how a write ended, shared by every front end: per target what
// was written, verified and configured or why it failed, and one verdict for the whole run
// (which becomes the exit code and the summary).
#pragma once

#include "core/common/result.h"
#include "flasher/request/writerequest.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace imprint::flasher {

enum class Verdict {
    Ok,
    Failed,       // a target or the source failed (exit 1)
    VerifyFailed, // the bytes were not the expected ones (exit 3)
    Invalid,      // refused: a target or its profile is wrong (exit 2)
    Refused,      // refused for safety or without a confirmation (exit 4)
};

struct TargetOutcome {
    std::string target;
    bool written = false;
    bool verified = false;
    std::size_t configuredFiles = 0; // boot files the target's plan changed
    std::uint64_t dataBytes = 0;     // image bytes written (the mapped ranges); 0 when unknown
    std::optional<Error> error;      // its failure or refusal
    [[nodiscard]] bool ok() const { return written && !error; }
};

struct WriteReport {
    std::vector<TargetOutcome> targets;
    Verdict verdict = Verdict::Ok;
};

// The verdict a single error gives: VerifyFailed for flash.verify_failed and checksum
// mismatches (the bytes were not the ones expected), else Failed.
Verdict verdictOf(const Error& error);

// After the job ran: `results` one per target, in order.
WriteReport reportOf(const PreparedWrite& prepared, const std::vector<Result<void>>& results,
                     bool verify);
// When start() gave no job: the refused targets carry their reason, the others nothing.
WriteReport reportOfRefusals(const PreparedWrite& prepared);
// When prepareWrite itself failed (the source): every target has that error.
WriteReport reportOfSourceError(const std::vector<TargetRequest>& targets, const Error& error,
                                Verdict verdict);

// What a front end that asks nobody in between (the window, batch) hears of a write.
struct WriteHooks {
    // Every target judged and opened, before the first byte.
    std::function<void(const PreparedWrite&)> prepared;
    std::function<void(const Progress&)> progress;
    // The job while it runs (for cancel()), then null.
    std::function<void(WriteJob*)> running;
};

// prepareWrite, start and run in one go: the report, whether the source failed, a target was
// refused (then the others have "flash.refused_elsewhere" and nothing was written) or it ran.
WriteReport writeAll(WriteRequest request, const WriteHooks& hooks = {});

} // namespace imprint::flasher
