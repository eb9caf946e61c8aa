// imprint batch MANIFEST --image BASE [--profile P] (--out DIR | --to TARGET..) [--report FILE]
// [--resume] [--compress xz|zst] [--no-verify] [--yes] [--json]: one configured image or drive
// per manifest row, from one decompression of BASE per group of targets.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/config/configtext.h"
#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "app/common/flash/opentarget.h"
#include "app/common/fleet/batchrun.h"
#include "app/common/fleet/imagecompress.h"
#include "app/common/fleet/profileref.h"
#include "app/common/write/writeoutcome.h"
#include "flasher/blockmap/blockmap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <cstring>
#include <map>
#include <unistd.h>

namespace imprint::cli {
namespace {

using namespace imprint::app::fleet;

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

// Targets written by one decompression when making image files, and the buffers they share:
// each target costs a few MiB beside the xz decoder's own (over 100 MiB with several
// threads), so 5 targets with 4 shared 2 MiB chunks keep the run well under 200 MiB
// (measured by tests/bench/batch.sh: 6 targets and 6 chunks peaked at 199 MiB).
constexpr std::size_t kFilesPerGroup = 5;
constexpr std::size_t kChunkBytes = 2 << 20;
constexpr std::size_t kChunkCount = 4;

bool ask(const QString& question) {
    std::fputs(qPrintable(QStringLiteral("imprint: ") + question), stderr);
    std::fflush(stderr);
    char line[64] = {};
    return std::fgets(line, sizeof line, stdin) != nullptr && line[0] != 'q' && line[0] != 'n';
}

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

Result<QString> compress(const QString& file, const QString& kind) {
    return app::fleet::compressImage(file, kind == QLatin1String("xz")
                                               ? app::fleet::Compression::Xz
                                               : app::fleet::Compression::Zstd);
}

int runBatch(const QStringList& arguments) {
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
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    const QString image = parser.value(imageO);
    const QString outDir = parser.value(outO);
    const QStringList to = parser.values(toO);
    if (parser.positionalArguments().size() != 1 || image.isEmpty() ||
        outDir.isEmpty() == to.isEmpty()) {
        printMessage(tr("'batch' needs a MANIFEST, --image BASE and either --out DIR or --to "
                        "TARGET; see 'imprint batch --help'."));
        return app::ExitUsage;
    }
    const QString compressKind = parser.value(compressO);
    if (!compressKind.isEmpty() && compressKind != QLatin1String("xz") &&
        compressKind != QLatin1String("zst")) {
        printMessage(tr("--compress takes xz or zst."));
        return app::ExitUsage;
    }
    if (!compressKind.isEmpty() && outDir.isEmpty()) {
        printMessage(tr("--compress only goes with --out."));
        return app::ExitUsage;
    }
    const bool json = parser.isSet(jsonO);
    const bool yes = parser.isSet(yesO);
    const bool interactive = mayAsk(yes);
    const auto usage = [](const Error& e) {
        printError(e);
        return static_cast<int>(app::ExitUsage);
    };
    QString reportPath = parser.value(reportO);
    if (reportPath.isEmpty() && !outDir.isEmpty()) {
        reportPath = QDir(outDir).filePath(QStringLiteral("results.json"));
    }
    if (parser.isSet(resumeO) && reportPath.isEmpty()) {
        printMessage(tr("--resume with --to needs the --report FILE of the earlier run."));
        return app::ExitUsage;
    }

    // 1. Everything checked before a byte is written.
    provision::Profile base;
    if (parser.isSet(profileO)) {
        auto p = loadProfile(parser.value(profileO));
        if (!p) {
            return usage(p.error());
        }
        base = std::move(p).value();
    }
    auto manifest = readManifest(parser.positionalArguments().first());
    if (!manifest) {
        return usage(manifest.error());
    }
    std::map<int, DeviceResult> earlier;
    if (parser.isSet(resumeO) && QFileInfo::exists(reportPath)) {
        auto r = readReport(reportPath);
        if (!r) {
            return usage(r.error());
        }
        earlier = std::move(r).value();
    }
    QMap<int, QString> knownUuids;
    for (const auto& [row, r] : earlier) {
        knownUuids.insert(row, r.uuid);
    }
    auto devices = makeDevices(*manifest, base, knownUuids);
    if (!devices) {
        return usage(devices.error());
    }
    const QString bmapPath =
        parser.isSet(bmapO) ? parser.value(bmapO)
                            : QString::fromStdString(flasher::findBmapBeside(image.toStdString()));
    if (!bmapPath.isEmpty()) {
        if (auto map = flasher::loadBmap(bmapPath.toStdString()); !map) {
            return usage(map.error());
        }
    }
    QElapsedTimer total;
    total.start();
    auto planned = planBatch(image, std::move(devices).value());
    if (!planned) {
        printError(planned.error());
        return app::ExitUsage;
    }
    if (!planned->refusals.empty()) {
        for (const auto& r : planned->refusals) {
            printMessage(tr("Row %1, column %2: %3")
                             .arg(r.row)
                             .arg(r.column, app::errorText(r.issue.error)));
        }
        printMessage(tr("Nothing was written: fix the rows above."));
        return app::ExitUsage;
    }

    // 2. Where each device goes; what an earlier run already did.
    std::vector<DeviceResult> results;
    std::vector<const DevicePlan*> pending;
    for (const auto& p : planned->plans) {
        auto done = earlier.find(p.device.row);
        if (done != earlier.end() && done->second.ok && done->second.uuid == p.device.uuid &&
            (outDir.isEmpty() || QFileInfo::exists(done->second.target))) {
            DeviceResult r = done->second;
            r.resumed = true;
            results.push_back(r);
            continue;
        }
        pending.push_back(&p);
    }
    if (!outDir.isEmpty()) {
        if (!QDir().mkpath(outDir)) {
            return usage(Error("batch.out_failed")
                             .with("path", outDir.toStdString())
                             .with("reason", "batch.cannot_create_folder"));
        }
        for (const DevicePlan* p : pending) {
            const QString path = QDir(outDir).filePath(p->device.outputName);
            if (!yes && !parser.isSet(resumeO) && QFileInfo::exists(path)) {
                printMessage(tr("%1 exists: nothing was written (use --yes to overwrite, or "
                                "--resume to go on from an earlier run).")
                                 .arg(path));
                return app::ExitRefused;
            }
        }
    } else if (!yes && !interactive) {
        // The drives themselves are judged by the write (flasher::prepareWrite), before any byte.
        for (const QString& t : to) {
            if (app::isDrivePath(t)) {
                printMessage(tr("%1 not written: confirm with --yes.").arg(t));
                return app::ExitRefused;
            }
        }
    }

    // 3. Writing, group after group.
    const std::size_t groupSize =
        outDir.isEmpty() ? static_cast<std::size_t>(to.size()) : kFilesPerGroup;
    int code = app::ExitOk;
    std::size_t next = 0;
    std::size_t sets = 0;
    while (next < pending.size()) {
        const std::size_t end = std::min(pending.size(), next + groupSize);
        std::vector<const DevicePlan*> groupPlans(
            pending.begin() + static_cast<std::ptrdiff_t>(next),
            pending.begin() + static_cast<std::ptrdiff_t>(end));
        QStringList names;
        for (std::size_t i = 0; i < groupPlans.size(); ++i) {
            names << (outDir.isEmpty() ? to[static_cast<qsizetype>(i)]
                                       : QDir(outDir).filePath(groupPlans[i]->device.outputName));
        }
        if (outDir.isEmpty() && sets > 0 && !interactive) {
            // A plain int: lupdate skips a translate() whose count holds a template's <>.
            const int left = static_cast<int>(pending.size() - next);
            printMessage(QCoreApplication::translate("imprint::cli",
                                                     "%n device(s) left: put in the next set and "
                                                     "run again with --resume --report %1.",
                                                     nullptr, left)
                             .arg(reportPath.isEmpty() ? QStringLiteral("FILE") : reportPath));
            break;
        }
        if (outDir.isEmpty() && interactive &&
            !ask(tr("Rows %1-%2 go to %3: everything on them is erased. Press Enter to write, "
                    "q to stop. ")
                     .arg(groupPlans.front()->device.row)
                     .arg(groupPlans.back()->device.row)
                     .arg(names.join(QStringLiteral(", "))))) {
            break;
        }
        if (!json) {
            printMessage(tr("Writing rows %1-%2 of %3...")
                             .arg(groupPlans.front()->device.row)
                             .arg(groupPlans.back()->device.row)
                             .arg(planned->plans.size()));
        }
        WriteGroupOptions options;
        options.verify = !parser.isSet(noVerifyO);
        options.bmapPath = bmapPath;
        options.interactive = interactive;
        if (!outDir.isEmpty()) {
            options.chunkBytes = kChunkBytes;
            options.chunkCount = kChunkCount;
        }
        auto group = writeGroup(image, groupPlans, names, options);
        if (group.refused) {
            for (const auto& r : group.devices) {
                if (r.error) {
                    printError(*r.error);
                }
            }
            code = app::exitCodeOf(group.verdict); // nothing of this set was written
            break;
        }
        if (group.verdict != flasher::Verdict::Ok) {
            code = std::max(code, app::exitCodeOf(group.verdict));
        }
        auto& written = group.devices;
        for (auto& r : written) {
            if (r.ok && !compressKind.isEmpty()) {
                auto packed = compress(r.target, compressKind);
                if (packed) {
                    r.target = *packed;
                } else {
                    r.ok = false;
                    r.error = packed.error();
                }
            }
            if (!r.ok && r.error && code == app::ExitOk) {
                code = app::exitCodeOf(flasher::verdictOf(*r.error)); // compression failed
            }
            if (!json) {
                if (r.ok) {
                    printResult(tr("row %1: %2 %3 (uuid %4)")
                                    .arg(r.row)
                                    .arg(r.target,
                                         r.verified ? tr("written and verified") : tr("written"),
                                         r.uuid));
                } else if (r.error) {
                    printMessage(tr("row %1: %2").arg(r.row).arg(r.target));
                    printError(*r.error);
                }
            }
            results.push_back(r);
        }
        next = end;
        ++sets;
    }
    const auto remaining = static_cast<int>(pending.size() - std::min(next, pending.size()));
    std::sort(results.begin(), results.end(),
              [](const DeviceResult& a, const DeviceResult& b) { return a.row < b.row; });
    QJsonArray list;
    bool allOk = results.size() == planned->plans.size();
    for (const auto& r : results) {
        list.append(resultToJson(r));
        allOk = allOk && r.ok;
    }
    const QJsonObject report{
        {QStringLiteral("image"), image},
        {QStringLiteral("manifest"), parser.positionalArguments().first()},
        {QStringLiteral("out"), outDir.isEmpty() ? QJsonValue() : QJsonValue(outDir)},
        {QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("seconds"), static_cast<double>(total.nsecsElapsed()) / 1e9},
        {QStringLiteral("decodingPasses"), static_cast<int>(planned->decodingPasses)},
        {QStringLiteral("ok"), allOk},
        {QStringLiteral("remaining"), remaining},
        {QStringLiteral("devices"), list}};
    if (!reportPath.isEmpty()) {
        if (auto r = writeReport(reportPath, report); !r) {
            printError(r.error());
            code = app::ExitFailure;
        }
    }
    if (json) {
        printJson(QJsonDocument(report));
    } else if (allOk) {
        const int done = static_cast<int>(results.size());
        printMessage(
            QCoreApplication::translate("imprint::cli", "%n device(s) done.", nullptr, done));
    }
    // Stopping after a set of drives (no terminal to ask for the next one) is not a failure.
    return code;
}

const CommandRegistration registration(
    {"batch", QT_TRANSLATE_NOOP("Cli", "Configure many devices from one image and a manifest"),
     runBatch});

} // namespace
} // namespace imprint::cli
