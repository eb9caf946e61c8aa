// imprint flash SOURCE --to TARGET [--to TARGET].. [--bmap FILE] [--sha256 HEX] [--no-verify]
// [--yes] [--json]
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/cli/support/flashprogress.h"
#include "app/cli/support/flashtargets.h"
#include "app/common/config/configtext.h"
#include "app/common/download/imagestream.h"
#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "app/common/flash/bmapfile.h"
#include "app/common/flash/jsonview.h"
#include "app/common/flash/opentarget.h"
#include "app/common/fleet/targetprofiles.h"
#include "flasher/blockmap/computedmap.h"
#include "flasher/drives/safety.h"
#include "flasher/writejob/writejob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

namespace imprint::cli {
namespace {

using namespace imprint::flasher;

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

std::atomic<bool> interrupted{false};
extern "C" void onInterrupt(int /*signal*/) { interrupted.store(true); }

// A target or download that failed: 3 when the bytes were not the expected ones, else 1.
int exitCodeOf(const Error& e) {
    return e.code == "flash.verify_failed" || e.code == "download.checksum_mismatch"
               ? app::ExitVerifyFailed
               : app::ExitFailure;
}

// Reading the SOURCE failed before writing: an unreadable image is a usage error, but a
// download that broke (or had the wrong hash) under a reader is the download's failure.
int sourceExitCode(const Error& e) {
    return e.code.starts_with("download.") ? exitCodeOf(e) : app::ExitUsage;
}

QString humanBytes(double bytes) {
    return QString::fromStdString(humanSize(static_cast<std::uint64_t>(bytes)));
}

int runFlash(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write an image (raw, .gz, .xz, .zst, .bz2 or a .zip holding one image) to drives or "
           "image files, all at once from one decompression, verified.\n"
           "A TARGET under /dev is a drive (checked for safety: never the system drive); any other "
           "path is an image file. A .bmap beside the image is used when present."));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("A drive or image file to write (repeatable)."),
                                      QStringLiteral("TARGET"));
    const QCommandLineOption bmapOption(QStringLiteral("bmap"), tr("Use this bmaptool block map."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption noBmapOption(
        QStringLiteral("no-bmap"), tr("Write the whole image: ignore a .bmap beside it and do not "
                                      "work out where its data is."));
    const QCommandLineOption noVerifyOption(QStringLiteral("no-verify"),
                                            tr("Do not read back what was written."));
    const QCommandLineOption yesOption(QStringLiteral("yes"), tr("Do not ask for confirmation."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        tr("Progress and result as JSON lines (see app/cli/json/flash.md)."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        tr("Configure every target with this profile (a file or a saved name)."),
        QStringLiteral("P"));
    const QCommandLineOption targetProfileOption(
        QStringLiteral("target-profile"),
        tr("Configure the --to before it with this profile, merged over --profile."),
        QStringLiteral("P"));
    const QCommandLineOption keepDownloadOption(
        QStringLiteral("keep-download"),
        tr("For a SOURCE given as a URL: keep the downloaded image in the download cache (a "
           "later run or 'imprint download' reuses it)."));
    const QCommandLineOption sha256Option(
        QStringLiteral("sha256"),
        tr("Refuse the image unless the SHA-256 of its file (or download), as it is before "
           "decompression, is HEX."),
        QStringLiteral("HEX"));
    parser.addOptions({profileOption, targetProfileOption, keepDownloadOption, sha256Option});
    parser.addOptions({toOption, bmapOption, noBmapOption, noVerifyOption, yesOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("source"), tr("The image to write."),
                                 QStringLiteral("SOURCE"));
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    const QStringList to = parser.values(toOption);
    if (positional.size() != 1 || to.isEmpty()) {
        printMessage(tr("'flash' needs one SOURCE and at least one --to TARGET."));
        return app::ExitUsage;
    }
    const bool json = parser.isSet(jsonOption);
    const QString sourcePath = positional[0];
    QByteArray sha256;
    if (parser.isSet(sha256Option)) {
        const auto hex = app::parseSha256(parser.value(sha256Option));
        if (!hex) {
            printMessage(tr("--sha256 needs 64 hexadecimal digits."));
            return app::ExitUsage;
        }
        sha256 = *hex;
    }
    std::vector<TargetChoice> targets;
    for (const auto& t : to) {
        targets.push_back({t, t.startsWith(QLatin1String("/dev/"))});
    }
    FlashProgress printer(to, json);

    // A URL is written while it downloads: the flasher reads the growing file (ImageStream).
    QString bmapPath = parser.value(bmapOption);
    QTemporaryDir bmapDir;
    std::unique_ptr<app::ImageStream> stream;
    if (app::isDownloadUrl(sourcePath)) {
        if (bmapPath.isEmpty() && !parser.isSet(noBmapOption)) {
            auto fetched = app::ImageStream::fetchBmap(QUrl(sourcePath), bmapDir.path());
            if (!fetched) {
                printError(fetched.error());
                return app::ExitFailure;
            }
            bmapPath = *fetched;
        }
        stream = std::make_unique<app::ImageStream>(sourcePath);
        stream->keep(parser.isSet(keepDownloadOption));
        stream->expectSha256(sha256);
        stream->onProgress(
            [&printer](qint64 done, qint64 total) { printer.download(done, total); });
        if (auto started = stream->start(); !started) {
            // A small file may be all there, its hash checked, before start() returns.
            printError(started.error());
            return exitCodeOf(started.error());
        }
        if (stream->isZip() && !json) {
            printMessage(tr("A .zip keeps its directory at its end: it is downloaded whole "
                            "before writing starts."));
        }
    } else if (!sha256.isEmpty()) {
        // A file on disk is hashed whole first: nothing is read for writing until it passed.
        if (auto checked = app::checkFileSha256(sourcePath, sha256); !checked) {
            printError(checked.error());
            return checked.error().code == "source.checksum_mismatch" ? app::ExitVerifyFailed
                                                                      : app::ExitUsage;
        }
    }

    auto source = Source::open(sourcePath.toStdString(), stream ? stream->file() : nullptr);
    if (!source) {
        printError(source.error());
        return sourceExitCode(source.error());
    }
    WriteOptions options;
    options.verify = !parser.isSet(noVerifyOption);
    if (bmapPath.isEmpty() && !stream && !parser.isSet(noBmapOption)) {
        bmapPath = app::bmapBeside(sourcePath);
    }
    if (!bmapPath.isEmpty()) {
        auto map = loadBmap(bmapPath.toStdString());
        if (!map) {
            printError(map.error());
            return app::ExitUsage;
        }
        options.blockMap = std::move(map).value();
        if (!json) {
            printMessage(tr("Using the block map %1 (%2 of %3 hold data).")
                             .arg(bmapPath,
                                  humanBytes(static_cast<double>(options.blockMap->mappedBytes())),
                                  humanBytes(static_cast<double>(options.blockMap->imageSize))));
        }
    } else if (!parser.isSet(noBmapOption) && (*source)->seekable() && !stream) {
        // No .bmap: a raw image's partition table and filesystems tell where its data is.
        if (auto map = computeBlockMap(sourcePath.toStdString()); map && !map->coversWholeImage()) {
            options.blockMap = std::move(map).value();
            if (!json) {
                printMessage(
                    tr("Writing only the %1 of %2 that hold data (found in the image).")
                        .arg(humanBytes(static_cast<double>(options.blockMap->mappedBytes())),
                             humanBytes(static_cast<double>(options.blockMap->imageSize))));
            }
        }
    }

    // Every target's plan, worked out on the stream and checked before anything is written.
    auto pairing = app::fleet::pairTargetProfiles(arguments);
    if (!pairing) {
        printError(pairing.error());
        return app::ExitUsage;
    }
    QString planImage = sourcePath;
    std::shared_ptr<GrowingFile> planFile = stream ? stream->file() : nullptr;
    if (stream && pairing->any() && (*source)->format() == SourceFormat::Raw) {
        // A raw image's boot partition is read in place, so it has to be all there.
        if (!json) {
            printMessage(tr("Downloading the whole raw image before planning its configuration."));
        }
        auto whole = stream->waitFinished();
        if (!whole) {
            printError(whole.error());
            return exitCodeOf(whole.error());
        }
        planImage = *whole;
        planFile = nullptr;
    }
    auto targetPlans = app::fleet::planTargets(planImage, *pairing, planFile);
    if (!targetPlans) {
        printError(targetPlans.error());
        return sourceExitCode(targetPlans.error());
    }
    for (const auto& r : targetPlans->refusals) {
        printMessage(QStringLiteral("%1: %2").arg(to.value(r.target), app::describeIssue(r.issue)));
    }
    if (!targetPlans->refusals.empty()) {
        printMessage(tr("Nothing was written: fix the profile errors above."));
        return app::ExitUsage;
    }
    for (std::size_t i = 0; i < targetPlans->plans.size(); ++i) {
        const auto& plan = targetPlans->plans[i];
        if (!plan) {
            continue;
        }
        const QString name = to.value(static_cast<qsizetype>(i));
        if (json) {
            printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("plan")},
                                          {QStringLiteral("target"), name},
                                          {QStringLiteral("plan"), app::planToJson(plan->plan)}}));
        } else {
            // A plain int: lupdate skips a translate() whose count holds a template's <>.
            const int changes = static_cast<int>(plan->plan.changes.size());
            printMessage(
                QCoreApplication::translate("Cli", "%1: %n boot file(s) change:", nullptr, changes)
                    .arg(name));
            QStringList lines = app::planText(plan->plan);
            // Its last line says where replaced files are saved; a flash never changes the
            // image, so nothing is.
            const bool replaces =
                std::any_of(plan->plan.changes.begin(), plan->plan.changes.end(),
                            [](const auto& c) { return c.kind != provision::ChangeKind::Create; });
            if (replaces && !lines.isEmpty()) {
                lines.removeLast();
            }
            for (const auto& line : lines) {
                printMessage(QStringLiteral("  ") + line);
            }
        }
    }

    SafetyContext context;
    const auto size = (*source)->size();
    if (options.blockMap) {
        context.imageSize = options.blockMap->imageSize;
    } else if (size.kind == SourceSize::Kind::Exact) {
        context.imageSize = size.bytes;
    }
    context.sourcePaths = {sourcePath.toStdString()};
    if (!bmapPath.isEmpty()) {
        context.sourcePaths.push_back(bmapPath.toStdString());
    }
    if (const int refused = checkTargets(targets, context, parser.isSet(yesOption)); refused >= 0) {
        return refused;
    }

    std::vector<TargetPlan> plans;
    for (const auto& t : targets) {
        // No polkit password dialog for a script or a run with --yes: the contract is never to
        // ask then.
        auto target = app::openFlashTarget(t.path, mayAsk(parser.isSet(yesOption)));
        if (!target) {
            printError(target.error());
            return app::ExitFailure;
        }
        const auto& plan = targetPlans->plans[plans.size()];
        plans.push_back(
            {std::move(target).value(), plan ? plan->overrides : std::vector<ByteOverride>{}});
    }
    const bool verify = options.verify;
    WriteJob job(std::move(source).value(), std::move(plans), std::move(options));
    job.onProgress([&printer](const Progress& p) { printer.update(p); });

    interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    std::atomic<bool> finished{false};
    std::thread watcher([&] {
        while (!finished.load()) {
            if (interrupted.load()) {
                job.cancel();
                if (stream) {
                    stream->cancel();
                }
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    const auto started = std::chrono::steady_clock::now();
    auto results = job.run();
    finished.store(true);
    watcher.join();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    printer.done();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    // A written target counts only if the download it came from ended well.
    QJsonValue downloadInfo;
    if (stream) {
        if (std::none_of(results.begin(), results.end(), [](const auto& r) { return r.ok(); })) {
            stream->cancel();
        }
        const auto downloaded = stream->result();
        if (!downloaded) {
            for (auto& r : results) {
                if (r.ok()) {
                    r = downloaded.error();
                }
            }
        } else {
            const bool kept = parser.isSet(keepDownloadOption);
            downloadInfo = QJsonObject{
                {QStringLiteral("url"), sourcePath},
                {QStringLiteral("bytes"), downloaded->bytes},
                {QStringLiteral("sha256"), QString::fromLatin1(downloaded->sha256)},
                {QStringLiteral("keptAt"), kept ? QJsonValue(downloaded->path) : QJsonValue()}};
            if (kept && !json) {
                printMessage(tr("The download is kept in %1.").arg(downloaded->path));
            }
        }
    }

    int code = app::ExitOk;
    QJsonArray outcome;
    for (std::size_t i = 0; i < results.size(); ++i) {
        QJsonObject o{{QStringLiteral("target"), targets[i].path},
                      {QStringLiteral("ok"), results[i].ok()}};
        if (results[i].ok()) {
            if (!json) {
                printResult(verify ? tr("%1: written and verified").arg(targets[i].path)
                                   : tr("%1: written (not verified)").arg(targets[i].path));
            }
        } else {
            const auto& e = results[i].error();
            o.insert(QStringLiteral("error"), app::errorToJson(e));
            if (!json) {
                printError(e);
            }
            if (exitCodeOf(e) == app::ExitVerifyFailed) {
                code = app::ExitVerifyFailed;
            } else if (code == app::ExitOk) {
                code = app::ExitFailure;
            }
        }
        outcome.append(o);
    }
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("result")},
                                            {QStringLiteral("source"), sourcePath},
                                            {QStringLiteral("seconds"), seconds},
                                            {QStringLiteral("download"), downloadInfo},
                                            {QStringLiteral("targets"), outcome}}));
    }
    return code;
}

const CommandRegistration registration(
    {"flash", QT_TRANSLATE_NOOP("Cli", "Write an image to drives or image files, verified"),
     runFlash});

} // namespace
} // namespace imprint::cli
