// The writer's protocol: what the unprivileged side (the GUI, a test) hands the elevated
// imprint-writer, and what comes back. Every message is a JSON object with "protocol" (this
// version) and "type"; the decoders accept exactly the fields below, each of its type and in
// its range, and give an error value for anything else (framing.h carries them).
//
//   caller -> writer   job      a WriteRequest: source, map choice, verify, targets (path, drive,
//                               confirmed, profile)
//                      cancel   stop the running job (its targets end "flash.cancelled")
//   writer -> caller   prepared where the written ranges come from (MapFacts)
//                      progress one Progress of the job
//                      alive    nothing new, still at work (at least every kAliveMs)
//                      result   the WriteReport; or the job refused as a whole (`error`)
#pragma once

#include "core/common/result.h"
#include "flasher/request/writereport.h"
#include "flasher/request/writerequest.h"

#include <optional>
#include <string>
#include <string_view>

namespace imprint::flasher::writer {

inline constexpr int kProtocolVersion = 1;
// The writer says something at least this often while a job runs.
inline constexpr int kAliveMs = 2000;
// At most this many targets in a job, and this long a path.
inline constexpr std::size_t kMaxTargets = 64;
inline constexpr std::size_t kMaxPathBytes = 4096;

struct CallerMessage {
    enum class Type { Job, Cancel } type = Type::Job;
    WriteRequest job; // Job
};

struct WriterMessage {
    enum class Type { Prepared, Progress, Alive, Result } type = Type::Alive;
    MapFacts map;               // Prepared
    Progress progress;          // Progress
    WriteReport report;         // Result
    std::optional<Error> error; // Result: the job refused as a whole (no report then)
};

// A request the protocol cannot carry (a download still growing, a broker, per-target plans
// made beforehand) is "writer.unsupported_request" {what}.
Result<std::string> encodeJob(const WriteRequest& request);
std::string encodeCancel();
std::string encodePrepared(const MapFacts& map);
std::string encodeProgress(const Progress& progress);
std::string encodeAlive();
std::string encodeResult(const WriteReport& report);
std::string encodeRefusedJob(const Error& error);

// Errors: writer.bad_json .at(offset), writer.version_mismatch {version, expected},
// writer.unknown_message {type}, writer.bad_field .atPointer(field) {expected},
// writer.unknown_field .atPointer(field), writer.missing_field .atPointer(field), and a
// profile's own errors with the pointer of its target.
Result<CallerMessage> decodeCallerMessage(std::string_view text);
// `targets`: how many the job had (a progress or a report about another one is refused).
Result<WriterMessage> decodeWriterMessage(std::string_view text, std::size_t targets);

} // namespace imprint::flasher::writer
