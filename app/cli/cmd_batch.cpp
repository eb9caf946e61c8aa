// imprint batch MANIFEST --image BASE [--profile P] (--out DIR | --to TARGET..) [--report FILE]
// [--resume] [--compress xz|zst] [--no-verify] [--yes] [--json]: one configured image or drive
// per manifest row, from one decompression of BASE per group of targets.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/cli/support/batchsets.h"
#include "app/common/batch/batchrun.h"
#include "app/common/config/configtext.h"
#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "app/common/image/inspection.h"
#include "app/common/profiles/profileref.h"
#include "app/common/write/opentarget.h"
#include "app/common/write/writeoutcome.h"
#include "flasher/blockmap/blockmap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <map>

namespace imprint::cli {
namespace {

using namespace imprint::app::batch;

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

Result<std::map<int, DeviceResult>> readReport(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error("batch.report_unreadable")
            .with("path", path.toStdString())
            .with("reason", f.errorString().toStdString());
    }
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error("batch.report_unreadable")
            .with("path", path.toStdString())
            .with("reason", error.errorString().toStdString());
    }
    std::map<int, DeviceResult> out;
    for (const auto& v : doc.object()[QStringLiteral("devices")].toArray()) {
        const DeviceResult r = resultFromJson(v.toObject());
        out[r.row] = r;
    }
    return out;
}

Result<void> writeReport(const QString& path, const QJsonObject& report) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(report).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        return Error("batch.out_failed")
            .with("path", path.toStdString())
            .with("reason", f.errorString().toStdString());
    }
    return {};
}

int usage(const Error& e) {
    printError(e);
    return app::ExitUsage;
}

// Parses the arguments; false with `exitCode` set when the command ends here.
bool parseBatch(const QStringList& arguments, BatchArgs& args, int& exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Configure many devices from one base image and a manifest (CSV with a header row, or "
           "a JSON array of objects; one row per device; columns hostname, uuid, country, "
           "wifi_ssid, wifi_psk, ssh_key, dev_mode and config.<key>; values may use {index}, "
           "{index:03}, {uuid} and {row.<column>}). Every row is checked before anything is "
           "written. With --out, one sparse image per device (<hostname>.img); with --to, the "
           "given drives or files, flashed in parallel, one device each, set after set."));
    const auto opt = [](const char* name, const char* help, const char* value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), tr(help),
                                          QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), tr(help));
    };
    const auto imageO = opt("image", "The base image (raw, .xz, .zst, .gz, .bz2, .zip).", "BASE");
    const auto profileO =
        opt("profile", "The profile every row starts from: a file or a saved name.", "P");
    const auto outO =
        opt("out", "Write one image per device into DIR (created if missing).", "DIR");
    const auto toO =
        opt("to", "A drive or image file to write (repeatable: written in parallel).", "TARGET");
    const auto reportO =
        opt("report", "Write the results to FILE (default with --out: DIR/results.json).", "FILE");
    const auto resumeO = opt("resume", "Skip the devices the report lists as done.");
    const auto compressO = opt("compress", "Compress each image with xz or zst.", "xz|zst");
    const auto bmapO = opt("bmap", "Use this bmaptool block map of the base image.", "FILE");
    const auto noVerifyO = opt("no-verify", "Do not read back what was written.");
    const auto yesO = opt("yes", "Overwrite existing files and drives without asking.");
    const auto jsonO = opt("json", "Print the results as JSON (see app/cli/json/batch.md).");
    parser.addOptions(
        {imageO, profileO, outO, toO, reportO, resumeO, compressO, bmapO, noVerifyO, yesO, jsonO});
    parser.addPositionalArgument(QStringLiteral("manifest"), tr("CSV or JSON, one row per device"),
                                 QStringLiteral("MANIFEST"));
    if (!parseArguments(parser, arguments, exitCode)) {
        return false;
    }
    args.image = parser.value(imageO);
    args.outDir = parser.value(outO);
    args.to = parser.values(toO);
    if (parser.positionalArguments().size() != 1 || args.image.isEmpty() ||
        args.outDir.isEmpty() == args.to.isEmpty()) {
        printMessage(tr("'batch' needs a MANIFEST, --image BASE and either --out DIR or --to "
                        "TARGET; see 'imprint batch --help'."));
        exitCode = app::ExitUsage;
        return false;
    }
    args.manifest = parser.positionalArguments().first();
    if (parser.isSet(profileO)) {
        args.profile = parser.value(profileO);
    }
    if (parser.isSet(bmapO)) {
        args.bmap = parser.value(bmapO);
    }
    args.reportPath = parser.value(reportO);
    args.resume = parser.isSet(resumeO);
    args.compressKind = parser.value(compressO);
    args.verify = !parser.isSet(noVerifyO);
    args.json = parser.isSet(jsonO);
    args.yes = parser.isSet(yesO);
    return true;
}

// The options that go together or not; the report's default path. An exit code, or -1 to go on.
int checkBatch(BatchArgs& args) {
    if (!args.compressKind.isEmpty() && args.compressKind != QLatin1String("xz") &&
        args.compressKind != QLatin1String("zst")) {
        printMessage(tr("--compress takes xz or zst."));
        return app::ExitUsage;
    }
    if (!args.compressKind.isEmpty() && args.outDir.isEmpty()) {
        printMessage(tr("--compress only goes with --out."));
        return app::ExitUsage;
    }
    args.interactive = mayAsk(args.yes);
    if (args.reportPath.isEmpty() && !args.outDir.isEmpty()) {
        args.reportPath = QDir(args.outDir).filePath(QStringLiteral("results.json"));
    }
    if (args.resume && args.reportPath.isEmpty()) {
        printMessage(tr("--resume with --to needs the --report FILE of the earlier run."));
        return app::ExitUsage;
    }
    return -1;
}

// The base profile, the manifest and the earlier report made into devices.
Result<std::vector<Device>> loadDevices(const BatchArgs& args,
                                        std::map<int, DeviceResult>& earlier) {
    provision::Profile base;
    if (args.profile) {
        auto p = app::loadProfile(*args.profile);
        if (!p) {
            return std::move(p).takeError();
        }
        base = std::move(p).value();
    }
    auto manifest = readManifest(args.manifest);
    if (!manifest) {
        return std::move(manifest).takeError();
    }
    if (args.resume && QFileInfo::exists(args.reportPath)) {
        auto r = readReport(args.reportPath);
        if (!r) {
            return std::move(r).takeError();
        }
        earlier = std::move(r).value();
    }
    QMap<int, QString> knownUuids;
    for (const auto& [row, r] : earlier) {
        knownUuids.insert(row, r.uuid);
    }
    return makeDevices(*manifest, base, knownUuids);
}

// 1. Everything checked before a byte is written. An exit code, or -1 to go on.
int prepareBatch(const BatchArgs& args, BatchInput& in) {
    auto devices = loadDevices(args, in.earlier);
    if (!devices) {
        return usage(devices.error());
    }
    in.bmapPath = args.bmap
                      ? *args.bmap
                      : QString::fromStdString(flasher::findBmapBeside(args.image.toStdString()));
    if (!in.bmapPath.isEmpty()) {
        if (auto map = flasher::loadBmap(in.bmapPath.toStdString()); !map) {
            return usage(map.error());
        }
    }
    in.total.start();
    auto planned = planBatch(args.image, std::move(devices).value());
    if (!planned) {
        printError(planned.error());
        return app::ExitUsage;
    }
    in.planned = std::move(planned).value();
    if (!in.planned.refusals.empty()) {
        for (const auto& r : in.planned.refusals) {
            printMessage(tr("Row %1, column %2: %3")
                             .arg(r.row)
                             .arg(r.column, app::errorText(r.issue.error)));
        }
        printMessage(tr("Nothing was written: fix the rows above."));
        return app::ExitUsage;
    }
    return -1;
}

// 2. The devices left to write; the results an earlier run already has go to `results`.
std::vector<const DevicePlan*> pendingDevices(const BatchArgs& args, const BatchInput& in,
                                              std::vector<DeviceResult>& results) {
    std::vector<const DevicePlan*> pending;
    for (const auto& p : in.planned.plans) {
        auto done = in.earlier.find(p.device.row);
        if (done != in.earlier.end() && done->second.ok && done->second.uuid == p.device.uuid &&
            (args.outDir.isEmpty() || QFileInfo::exists(done->second.target))) {
            DeviceResult r = done->second;
            r.resumed = true;
            results.push_back(r);
            continue;
        }
        pending.push_back(&p);
    }
    return pending;
}

// Where each device goes: no file overwritten and no drive written unasked. An exit code, or
// -1 to go on.
int checkTargets(const BatchArgs& args, const std::vector<const DevicePlan*>& pending) {
    if (!args.outDir.isEmpty()) {
        if (!QDir().mkpath(args.outDir)) {
            return usage(Error("batch.out_failed")
                             .with("path", args.outDir.toStdString())
                             .with("reason", "batch.cannot_create_folder"));
        }
        for (const DevicePlan* p : pending) {
            const QString path = QDir(args.outDir).filePath(p->device.outputName);
            if (!args.yes && !args.resume && QFileInfo::exists(path)) {
                printMessage(tr("%1 exists: nothing was written (use --yes to overwrite, or "
                                "--resume to go on from an earlier run).")
                                 .arg(path));
                return app::ExitRefused;
            }
        }
    } else if (!args.yes && !args.interactive) {
        // The drives themselves are judged by the write (flasher::prepareWrite), before any byte.
        for (const QString& t : args.to) {
            if (app::isDrivePath(t)) {
                printMessage(tr("%1 not written: confirm with --yes.").arg(t));
                return app::ExitRefused;
            }
        }
    }
    return -1;
}

// 4. The report, to --report's FILE and with --json to stdout. The exit code.
int finishBatch(const BatchArgs& args, const BatchInput& in, std::vector<DeviceResult>& results,
                int remaining, int code) {
    std::sort(results.begin(), results.end(),
              [](const DeviceResult& a, const DeviceResult& b) { return a.row < b.row; });
    QJsonArray list;
    bool allOk = results.size() == in.planned.plans.size();
    for (const auto& r : results) {
        list.append(resultToJson(r));
        allOk = allOk && r.ok;
    }
    const QJsonObject report{
        {QStringLiteral("image"), args.image},
        {QStringLiteral("manifest"), args.manifest},
        {QStringLiteral("out"), args.outDir.isEmpty() ? QJsonValue() : QJsonValue(args.outDir)},
        {QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("seconds"), static_cast<double>(in.total.nsecsElapsed()) / 1e9},
        {QStringLiteral("decodingPasses"), static_cast<int>(in.planned.decodingPasses)},
        {QStringLiteral("imageFacts"),
         in.planned.facts ? QJsonValue(app::factsToJson(*in.planned.facts)) : QJsonValue()},
        {QStringLiteral("ok"), allOk},
        {QStringLiteral("remaining"), remaining},
        {QStringLiteral("devices"), list}};
    if (!args.reportPath.isEmpty()) {
        if (auto r = writeReport(args.reportPath, report); !r) {
            printError(r.error());
            code = app::ExitFailure;
        }
    }
    if (args.json) {
        printJson(QJsonDocument(report));
    } else if (allOk) {
        const int done = static_cast<int>(results.size());
        printMessage(
            QCoreApplication::translate("imprint::cli", "%n device(s) done.", nullptr, done));
    }
    // Stopping after a set of drives (no terminal to ask for the next one) is not a failure.
    return code;
}

int runBatch(const QStringList& arguments) {
    BatchArgs args;
    int exitCode = 0;
    if (!parseBatch(arguments, args, exitCode)) {
        return exitCode;
    }
    if (int code = checkBatch(args); code >= 0) {
        return code;
    }
    BatchInput in;
    if (int code = prepareBatch(args, in); code >= 0) {
        return code;
    }
    std::vector<DeviceResult> results;
    const auto pending = pendingDevices(args, in, results);
    if (int code = checkTargets(args, pending); code >= 0) {
        return code;
    }
    std::size_t next = 0;
    const int code = writeSets(args, in, pending, results, next);
    const auto remaining = static_cast<int>(pending.size() - std::min(next, pending.size()));
    return finishBatch(args, in, results, remaining, code);
}

const CommandRegistration registration(
    {"batch", QT_TRANSLATE_NOOP("Cli", "Configure many devices from one image and a manifest"),
     runBatch});

} // namespace
} // namespace imprint::cli
