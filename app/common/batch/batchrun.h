// BatchRun: the work of `imprint batch` below the command line: every device's plan worked out
// on one ImageHead of the base image (all validated before anything is written), then the
// devices written in groups, each group one decompression of the base through one WriteJob
// with a configured target per device, and a result per device for the report.
#pragma once

#include "app/common/batch/devices.h"
#include "core/common/result.h"
#include "flasher/facts/imagefacts.h"
#include "flasher/plan/streamplan.h"
#include "flasher/request/writereport.h"
#include "flasher/writejob/writejob.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace imprint::app::batch {

struct DevicePlan {
    Device device;
    flasher::StreamPlan stream;
    double planSeconds = 0;
};

// A problem of one device's plan, with the manifest column it comes from.
struct RowIssue {
    int row = 0;
    QString column;
    config::Issue issue;
};

struct PlannedBatch {
    std::vector<DevicePlan> plans;
    std::vector<RowIssue> refusals; // non-empty: nothing may be written
    unsigned decodingPasses = 0;
    std::uint64_t keptBytes = 0;
    // What the base image is (flasher::ImageFacts, as `imprint inspect` reads it), from the
    // same head the plans were made on; none when it could not be read.
    std::optional<flasher::ImageFacts> facts;
};

// Plans every device. Errors: those of ImageHead::open and planOnStream (with {row} added).
Result<PlannedBatch> planBatch(const QString& image, std::vector<Device> devices);

struct DeviceResult {
    int row = 0;
    QString target;
    QString hostname;
    QString uuid;
    bool uuidGenerated = false;
    QString configSha256; // of config.json as written
    bool ok = false;
    bool verified = false;
    bool resumed = false; // done by an earlier run
    double planSeconds = 0;
    double writeSeconds = 0;
    std::optional<Error> error;
};

QJsonObject resultToJson(const DeviceResult& result);
DeviceResult resultFromJson(const QJsonObject& object);

struct WriteGroupOptions {
    bool verify = true;
    QString bmapPath;           // a .bmap given; empty: one beside the image, else computed
    std::size_t chunkBytes = 0; // 0: flasher::WriteOptions' default
    std::size_t chunkCount = 0;
    bool interactive = true; // polkit may ask for a password (drives through UDisks2)
    std::function<void(const flasher::Progress&)> progress;
    // The job while it runs (to keep it for cancel() on an interrupt), then null.
    std::function<void(flasher::WriteJob*)> running;
};

// One group through flasher::prepareWrite: `targetNames[i]` (a drive under /dev or an image
// file, already confirmed) gets `plans[i]`, all from one decompression of the image. One result
// per device: written, or the target's, the source's or the refusal's error (then nothing of
// the group was written, and `refused` says so).
struct GroupResult {
    std::vector<DeviceResult> devices;
    flasher::Verdict verdict = flasher::Verdict::Ok;
    bool refused = false;
};
GroupResult writeGroup(const QString& image, const std::vector<const DevicePlan*>& plans,
                       const QStringList& targetNames, const WriteGroupOptions& options);

// SHA-256 of bytes, lower-case hex.
QString sha256Hex(const std::vector<std::uint8_t>& bytes);

} // namespace imprint::app::batch
