#include "app/common/batch/batchrun.h"

#include "app/common/json/jsonview.h"
#include "app/common/write/opentarget.h"
#include "app/common/write/writeoutcome.h"
#include "app/common/write/writerchoice.h"
#include "flasher/request/writerequest.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>

namespace imprint::app::batch {

QString sha256Hex(const std::vector<std::uint8_t>& bytes) {
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char*>(bytes.data()),
                                                static_cast<qsizetype>(bytes.size())),
                                 QCryptographicHash::Sha256)
            .toHex());
}

namespace {

// The base image opened for its facts and its plans: a compressed image's ImageHead serves both
// (its boot partition is decoded once); a raw image is read in place by each.
struct BaseImage {
    flasher::OpenedImage opened;
    std::unique_ptr<flasher::ImageHead> own;
    flasher::ImageHead* head = nullptr;
};

Result<BaseImage> openBase(const std::string& image) {
    BaseImage base;
    if (auto opened = flasher::openImage(image); opened && opened->head) {
        base.opened = std::move(opened).value();
        base.head = base.opened.head;
        return base;
    } else if (opened) {
        base.opened = std::move(opened).value();
    }
    // Raw, or not an image at all: ImageHead says why, in the words batch always used.
    auto head = flasher::ImageHead::open(image);
    if (!head) {
        return std::move(head).takeError();
    }
    base.own = std::move(head).value();
    base.head = base.own.get();
    return base;
}

} // namespace

Result<PlannedBatch> planBatch(const QString& image, std::vector<Device> devices) {
    auto base = openBase(image.toStdString());
    if (!base) {
        return std::move(base).takeError();
    }
    flasher::ImageHead* head = base->head;
    PlannedBatch out;
    if (base->opened.device) {
        flasher::FactsOptions options;
        options.bmapPath = flasher::findBmapBeside(image.toStdString());
        if (auto facts = flasher::readImageFacts(base->opened, options)) {
            out.facts = std::move(facts).value();
        }
    }
    for (Device& d : devices) {
        QElapsedTimer timer;
        timer.start();
        auto stream = flasher::planOnStream(*head, d.profile);
        if (!stream) {
            return std::move(stream).takeError().with("row", std::to_string(d.row));
        }
        for (const auto& issue : stream->plan.issues) {
            if (issue.severity == config::Severity::Error && !issue.preexisting) {
                out.refusals.push_back(
                    {d.row, columnForPointer(QString::fromStdString(issue.error.pointer)), issue});
            }
        }
        out.plans.push_back({std::move(d), std::move(stream).value(),
                             static_cast<double>(timer.nsecsElapsed()) / 1e9});
    }
    out.decodingPasses = head->passes();
    out.keptBytes = head->keptBytes();
    return out;
}

QJsonObject resultToJson(const DeviceResult& r) {
    QJsonObject o{
        {QStringLiteral("row"), r.row},
        {QStringLiteral("target"), r.target},
        {QStringLiteral("hostname"), r.hostname.isEmpty() ? QJsonValue() : r.hostname},
        {QStringLiteral("uuid"), r.uuid},
        {QStringLiteral("uuidGenerated"), r.uuidGenerated},
        {QStringLiteral("configSha256"), r.configSha256.isEmpty() ? QJsonValue() : r.configSha256},
        {QStringLiteral("ok"), r.ok},
        {QStringLiteral("verified"), r.verified},
        {QStringLiteral("resumed"), r.resumed},
        {QStringLiteral("seconds"), QJsonObject{{QStringLiteral("plan"), r.planSeconds},
                                                {QStringLiteral("write"), r.writeSeconds}}},
        {QStringLiteral("error"), r.error ? QJsonValue(errorToJson(*r.error)) : QJsonValue()}};
    return o;
}

DeviceResult resultFromJson(const QJsonObject& o) {
    DeviceResult r;
    r.row = o[QStringLiteral("row")].toInt();
    r.target = o[QStringLiteral("target")].toString();
    r.hostname = o[QStringLiteral("hostname")].toString();
    r.uuid = o[QStringLiteral("uuid")].toString();
    r.uuidGenerated = o[QStringLiteral("uuidGenerated")].toBool();
    r.configSha256 = o[QStringLiteral("configSha256")].toString();
    r.ok = o[QStringLiteral("ok")].toBool();
    r.verified = o[QStringLiteral("verified")].toBool();
    const QJsonObject s = o[QStringLiteral("seconds")].toObject();
    r.planSeconds = s[QStringLiteral("plan")].toDouble();
    r.writeSeconds = s[QStringLiteral("write")].toDouble();
    if (o[QStringLiteral("error")].isObject()) {
        r.error = Error(
            o[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString().toStdString());
    }
    return r;
}

namespace {

DeviceResult deviceResult(const DevicePlan& p, const QString& target) {
    DeviceResult r;
    r.row = p.device.row;
    r.target = target;
    r.hostname = p.device.hostname;
    r.uuid = p.device.uuid;
    r.uuidGenerated = p.device.uuidGenerated;
    r.configSha256 = sha256Hex(p.stream.configJson);
    r.planSeconds = p.planSeconds;
    return r;
}

flasher::WriteRequest groupRequest(const QString& image,
                                   const std::vector<const DevicePlan*>& plans,
                                   const QStringList& targetNames,
                                   const WriteGroupOptions& options) {
    flasher::WriteRequest request;
    request.source = image.toStdString();
    request.verify = options.verify;
    if (!options.bmapPath.isEmpty()) {
        request.map = flasher::MapChoice::File;
        request.bmapPath = options.bmapPath.toStdString();
    }
    request.chunkBytes = options.chunkBytes;
    request.chunkCount = options.chunkCount;
    for (std::size_t i = 0; i < plans.size(); ++i) {
        flasher::TargetRequest t;
        t.path = targetNames.value(static_cast<qsizetype>(i)).toStdString();
        t.drive = isDrivePath(targetNames.value(static_cast<qsizetype>(i)));
        t.plan = plans[i]->stream;
        t.confirmed = true;
        request.targets.push_back(std::move(t));
    }
    openDrivesAsThisUser(request, options.interactive);
    return request;
}

// The group handed to imprint-writer (Windows without elevation, IMPRINT_WRITER=1): a plan made
// here cannot travel, so each target carries its device's profile and the writer plans it on
// the stream itself, from the same image, to the same files. The logo each profile reads is
// a file the job reads, judged like the source.
flasher::WriteReport writeGroupWithWriter(flasher::WriteRequest request,
                                          const std::vector<const DevicePlan*>& plans,
                                          const flasher::WriteHooks& hooks, bool& prepared) {
    for (std::size_t i = 0; i < plans.size() && i < request.targets.size(); ++i) {
        auto& t = request.targets[i];
        t.plan.reset();
        t.profile = plans[i]->device.profile;
        if (t.profile->logo) {
            request.readPaths.push_back(*t.profile->logo);
        }
    }
    flasher::writer::WriterCall call;
    call.progress = hooks.progress;
    call.prepared = [&prepared](const flasher::MapFacts&) { prepared = true; };
    return writeWithWriter(std::move(request), call);
}

} // namespace

GroupResult writeGroup(const QString& image, const std::vector<const DevicePlan*>& plans,
                       const QStringList& targetNames, const WriteGroupOptions& options) {
    GroupResult out;
    for (std::size_t i = 0; i < plans.size(); ++i) {
        out.devices.push_back(
            deviceResult(*plans[i], targetNames.value(static_cast<qsizetype>(i))));
    }
    flasher::WriteHooks hooks;
    bool prepared = false;
    hooks.prepared = [&prepared](const flasher::PreparedWrite&) { prepared = true; };
    hooks.progress = options.progress;
    hooks.running = options.running;
    QElapsedTimer timer;
    timer.start();
    auto request = groupRequest(image, plans, targetNames, options);
    const auto report = writesThroughWriter(request)
                            ? writeGroupWithWriter(std::move(request), plans, hooks, prepared)
                            : flasher::writeAll(request, hooks);
    out.refused = !prepared && (report.verdict == flasher::Verdict::Refused ||
                                report.verdict == flasher::Verdict::Invalid);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    for (std::size_t i = 0; i < out.devices.size() && i < report.targets.size(); ++i) {
        auto& r = out.devices[i];
        r.writeSeconds = seconds;
        r.ok = report.targets[i].ok();
        r.verified = report.targets[i].verified;
        r.error = report.targets[i].error;
    }
    out.verdict = report.verdict;
    return out;
}

} // namespace imprint::app::batch
