#include "app/common/fleet/batchrun.h"

#include "app/common/flash/jsonview.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>

namespace imprint::app::fleet {

QString sha256Hex(const std::vector<std::uint8_t>& bytes) {
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char*>(bytes.data()),
                                                static_cast<qsizetype>(bytes.size())),
                                 QCryptographicHash::Sha256)
            .toHex());
}

Result<PlannedBatch> planBatch(const QString& image, std::vector<Device> devices) {
    auto head = flasher::ImageHead::open(image.toStdString());
    if (!head) {
        return std::move(head).takeError();
    }
    PlannedBatch out;
    for (Device& d : devices) {
        QElapsedTimer timer;
        timer.start();
        auto stream = flasher::planOnStream(**head, d.profile);
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
    out.decodingPasses = (*head)->passes();
    out.keptBytes = (*head)->keptBytes();
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

std::vector<DeviceResult> writeGroup(const QString& image,
                                     const std::vector<const DevicePlan*>& plans,
                                     std::vector<std::unique_ptr<flasher::Target>> targets,
                                     const QStringList& targetNames, WriteGroupOptions options) {
    std::vector<DeviceResult> results;
    for (std::size_t i = 0; i < plans.size(); ++i) {
        const DevicePlan& p = *plans[i];
        DeviceResult r;
        r.row = p.device.row;
        r.target = targetNames.value(static_cast<qsizetype>(i));
        r.hostname = p.device.hostname;
        r.uuid = p.device.uuid;
        r.uuidGenerated = p.device.uuidGenerated;
        r.configSha256 = sha256Hex(p.stream.configJson);
        r.planSeconds = p.planSeconds;
        results.push_back(r);
    }
    auto source = flasher::Source::open(image.toStdString());
    if (!source) {
        for (auto& r : results) {
            r.error = source.error();
        }
        return results;
    }
    std::vector<flasher::TargetPlan> targetPlans;
    for (std::size_t i = 0; i < plans.size(); ++i) {
        targetPlans.push_back({std::move(targets[i]), plans[i]->stream.overrides});
    }
    flasher::WriteOptions writeOptions;
    writeOptions.verify = options.verify;
    writeOptions.blockMap = std::move(options.blockMap);
    writeOptions.chunkBytes = options.chunkBytes;
    writeOptions.chunkCount = options.chunkCount;
    flasher::WriteJob job(std::move(source).value(), std::move(targetPlans),
                          std::move(writeOptions));
    if (options.progress) {
        job.onProgress(options.progress);
    }
    if (options.started) {
        options.started(job);
    }
    QElapsedTimer timer;
    timer.start();
    const auto outcome = job.run();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    for (std::size_t i = 0; i < results.size(); ++i) {
        results[i].writeSeconds = seconds;
        if (outcome[i].ok()) {
            results[i].ok = true;
            results[i].verified = options.verify;
        } else {
            results[i].error = outcome[i].error();
        }
    }
    return results;
}

} // namespace imprint::app::fleet
