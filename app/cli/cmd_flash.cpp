// imprint flash SOURCE --to TARGET [--to TARGET].. [--bmap FILE] [--sha256 HEX] [--no-verify]
// [--yes] [--json]: a WriteRequest handed to flasher::prepareWrite, like every front end.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/cli/support/flashprogress.h"
#include "app/cli/support/flashtargets.h"
#include "app/common/download/imagestream.h"
#include "app/common/exitcode.h"
#include "app/common/profiles/targetprofiles.h"
#include "app/common/write/opentarget.h"
#include "app/common/write/writeoutcome.h"
#include "app/common/write/writerchoice.h"
#include "flasher/drives/safety.h"
#include "flasher/platform/system.h"
#include "flasher/request/writereport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <thread>

namespace imprint::cli {
namespace {

using namespace imprint::flasher;

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

std::atomic<bool> interrupted{false};
void noteInterrupt() { interrupted.store(true); }

// Reading the SOURCE failed before writing: an unreadable image is a usage error, but a
// download that broke (or had the wrong hash) under a reader is the download's failure.
int sourceExitCode(const Error& e) {
    return e.code.starts_with("download.") ? app::exitCodeOf(verdictOf(e)) : app::ExitUsage;
}

struct FlashArgs {
    QString source;
    QStringList to;
    QString bmap;
    bool noBmap = false;
    bool verify = true;
    bool yes = false;
    bool json = false;
    bool keepDownload = false;
    QByteArray sha256;
    app::TargetProfiles profiles;
};

// Parses the arguments; false with `exitCode` set when the command ends here.
bool parseFlash(const QStringList& arguments, FlashArgs& args, int& exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write an image (raw, .gz, .xz, .zst, .bz2 or a .zip holding one image) to drives or "
           "image files, all at once from one decompression, verified.\n"
           "A TARGET under /dev is a drive (checked for safety: never the system drive); any other "
           "path is an image file. A .bmap beside the image is used when present."));
    const auto opt = [](const char* name, const char* help, const char* value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), tr(help),
                                          QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), tr(help));
    };
    const auto toO = opt("to", "A drive or image file to write (repeatable).", "TARGET");
    const auto bmapO = opt("bmap", "Use this bmaptool block map.", "FILE");
    const auto noBmapO = opt("no-bmap", "Write the whole image: ignore a .bmap beside it and do "
                                        "not work out where its data is.");
    const auto noVerifyO = opt("no-verify", "Do not read back what was written.");
    const auto yesO = opt("yes", "Do not ask for confirmation.");
    const auto jsonO =
        opt("json", "Progress and result as JSON lines (see app/cli/json/flash.md).");
    const auto profileO =
        opt("profile", "Configure every target with this profile (a file or a saved name).", "P");
    const auto targetProfileO =
        opt("target-profile",
            "Configure the --to before it with this profile, merged over --profile.", "P");
    const auto keepO = opt("keep-download",
                           "For a SOURCE given as a URL: keep the downloaded image in the download "
                           "cache (a later run or 'imprint download' reuses it).");
    const auto shaO = opt("sha256",
                          "Refuse the image unless the SHA-256 of its file (or download), as it "
                          "is before decompression, is HEX.",
                          "HEX");
    parser.addOptions({profileO, targetProfileO, keepO, shaO});
    parser.addOptions({toO, bmapO, noBmapO, noVerifyO, yesO, jsonO});
    parser.addPositionalArgument(QStringLiteral("source"), tr("The image to write."),
                                 QStringLiteral("SOURCE"));
    if (!parseArguments(parser, arguments, exitCode)) {
        return false;
    }
    args.to = parser.values(toO);
    if (parser.positionalArguments().size() != 1 || args.to.isEmpty()) {
        printMessage(tr("'flash' needs one SOURCE and at least one --to TARGET."));
        exitCode = app::ExitUsage;
        return false;
    }
    args.source = parser.positionalArguments().first();
    args.bmap = parser.value(bmapO);
    args.noBmap = parser.isSet(noBmapO);
    args.verify = !parser.isSet(noVerifyO);
    args.yes = parser.isSet(yesO);
    args.json = parser.isSet(jsonO);
    args.keepDownload = parser.isSet(keepO);
    if (parser.isSet(shaO)) {
        const auto hex = app::parseSha256(parser.value(shaO));
        if (!hex) {
            printMessage(tr("--sha256 needs 64 hexadecimal digits."));
            exitCode = app::ExitUsage;
            return false;
        }
        args.sha256 = *hex;
    }
    auto pairing = app::pairTargetProfiles(arguments);
    if (!pairing) {
        printError(pairing.error());
        exitCode = app::ExitUsage;
        return false;
    }
    args.profiles = std::move(pairing).value();
    return true;
}

// The source failed before any target was opened: every target has its error. A download's
// failure is the run's result, so with --json it is the result line too, whenever the download
// broke, its hash was found wrong (a small file can be all there, checked, before the write
// starts) or the download folder could not be made. Returns `code`.
int failAll(const FlashArgs& args, const WriteRequest& request, const Error& error, int code) {
    printError(error);
    if (args.json &&
        (error.code.starts_with("download.") || error.code == "folder.cannot_create")) {
        QJsonArray targets;
        for (const auto& o :
             reportOfSourceError(request.targets, error, verdictOf(error)).targets) {
            targets.append(app::outcomeToJson(o));
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("result")},
                                            {QStringLiteral("source"), args.source},
                                            {QStringLiteral("seconds"), 0},
                                            {QStringLiteral("download"), QJsonValue()},
                                            {QStringLiteral("targets"), targets}}));
    }
    return code;
}

// A URL is written while it downloads: the flasher reads the growing file. Its .bmap is
// fetched first. Returns an exit code, or -1 to go on.
int startDownload(const FlashArgs& args, const QString& bmapDir, FlashProgress& printer,
                  std::unique_ptr<app::ImageStream>& stream, WriteRequest& request) {
    if (!args.bmap.isEmpty() || args.noBmap) {
        // as given
    } else if (auto fetched = app::ImageStream::fetchBmap(QUrl(args.source), bmapDir); !fetched) {
        printError(fetched.error());
        return app::ExitFailure;
    } else if (!fetched->isEmpty()) {
        request.map = MapChoice::File;
        request.bmapPath = fetched->toStdString();
    }
    stream = std::make_unique<app::ImageStream>(args.source);
    stream->keep(args.keepDownload);
    stream->expectSha256(args.sha256);
    stream->onProgress([&printer](qint64 done, qint64 total) { printer.download(done, total); });
    if (auto started = stream->start(); !started) {
        // A small file may be all there, its hash checked, before start() returns.
        return failAll(args, request, started.error(), app::exitCodeOf(verdictOf(started.error())));
    }
    if (stream->isZip() && !args.json) {
        printMessage(tr("A .zip keeps its directory at its end: it is downloaded whole "
                        "before writing starts."));
    }
    request.growing = stream->file();
    auto* s = stream.get();
    const bool json = args.json;
    request.wholeSource = [s, json]() -> Result<std::string> {
        // A raw image's boot partition is read in place, so it has to be all there.
        if (!json) {
            printMessage(tr("Downloading the whole raw image before planning its configuration."));
        }
        auto whole = s->waitFinished();
        if (!whole) {
            return std::move(whole).takeError();
        }
        return whole->toStdString();
    };
    return -1;
}

// The request without its download: source, map, targets with their profiles.
Result<WriteRequest> makeRequest(const FlashArgs& args) {
    WriteRequest request;
    request.source = args.source.toStdString();
    request.verify = args.verify;
    request.map = args.noBmap ? MapChoice::WholeImage : MapChoice::Auto;
    if (!args.bmap.isEmpty()) {
        request.map = MapChoice::File;
        request.bmapPath = args.bmap.toStdString();
    }
    auto profiles = app::loadTargetProfiles(args.profiles);
    if (!profiles) {
        return std::move(profiles).takeError();
    }
    for (qsizetype i = 0; i < args.to.size(); ++i) {
        TargetRequest t;
        t.path = args.to[i].toStdString();
        t.drive = app::isDrivePath(args.to[i]);
        t.profile = (*profiles)[static_cast<std::size_t>(i)];
        t.confirmed = args.yes;
        request.targets.push_back(std::move(t));
    }
    request.readPaths = app::profileFiles(args.profiles);
    app::openDrivesAsThisUser(request, mayAsk(args.yes));
    return request;
}

// Runs the job; Ctrl-C (or SIGTERM) cancels it and the download.
std::vector<Result<void>> runJob(WriteJob& job, app::ImageStream* stream) {
    interrupted.store(false);
    platform::onInterrupt(noteInterrupt);
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
    auto results = job.run();
    finished.store(true);
    watcher.join();
    platform::onInterrupt(nullptr);
    return results;
}

// A written target counts only if the download it came from ended well.
QJsonValue finishDownload(const FlashArgs& args, app::ImageStream& stream,
                          std::vector<Result<void>>& results) {
    if (std::none_of(results.begin(), results.end(), [](const auto& r) { return r.ok(); })) {
        stream.cancel();
    }
    const auto downloaded = stream.result();
    if (!downloaded) {
        for (auto& r : results) {
            if (r.ok()) {
                r = downloaded.error();
            }
        }
        return {};
    }
    if (args.keepDownload && !args.json) {
        printMessage(tr("The download is kept in %1.").arg(downloaded->path));
    }
    return QJsonObject{{QStringLiteral("url"), args.source},
                       {QStringLiteral("bytes"), downloaded->bytes},
                       {QStringLiteral("sha256"), QString::fromLatin1(downloaded->sha256)},
                       {QStringLiteral("keptAt"),
                        args.keepDownload ? QJsonValue(downloaded->path) : QJsonValue()}};
}

void printMap(const MapFacts& map) {
    if (map.origin == MapFacts::Origin::BmapFile) {
        printMessage(tr("Using the block map %1 (%2 of %3 hold data).")
                         .arg(QString::fromStdString(map.bmapPath), app::sizeText(map.mappedBytes),
                              app::sizeText(map.imageSize)));
    } else if (map.origin == MapFacts::Origin::Computed) {
        printMessage(tr("Writing only the %1 of %2 that hold data (found in the image).")
                         .arg(app::sizeText(map.mappedBytes), app::sizeText(map.imageSize)));
    }
}

// Prints the report; its verdict's exit code.
int printOutcome(const FlashArgs& args, const WriteReport& report, double seconds,
                 const QJsonValue& download) {
    QJsonArray targets;
    for (const auto& o : report.targets) {
        targets.append(app::outcomeToJson(o));
        if (args.json) {
            continue;
        }
        if (o.ok()) {
            printResult(QStringLiteral("%1: %2").arg(QString::fromStdString(o.target),
                                                     app::outcomeText(o)));
        } else if (o.error) {
            printError(*o.error);
        }
    }
    if (args.json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("result")},
                                            {QStringLiteral("source"), args.source},
                                            {QStringLiteral("seconds"), seconds},
                                            {QStringLiteral("download"), download},
                                            {QStringLiteral("targets"), targets}}));
    }
    return app::exitCodeOf(report.verdict);
}

// The write handed to imprint-writer (Windows without elevation, or IMPRINT_WRITER=1): asked
// here, judged and written there.
int runThroughWriter(const FlashArgs& args, WriteRequest request, FlashProgress& printer) {
    if (int code = confirmForWriter(request, args.yes); code >= 0) {
        return code;
    }
    writer::WriterCall call;
    call.progress = [&printer](const Progress& p) { printer.update(p); };
    call.prepared = [json = args.json](const MapFacts& map) {
        if (!json) {
            printMap(map);
        }
    };
    interrupted.store(false);
    call.cancel = &interrupted;
    platform::onInterrupt(noteInterrupt);
    const auto started = std::chrono::steady_clock::now();
    const auto report = app::writeWithWriter(std::move(request), call);
    platform::onInterrupt(nullptr);
    printer.done();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return printOutcome(args, report, seconds, QJsonValue());
}

int runFlash(const QStringList& arguments) {
    FlashArgs args;
    int exitCode = 0;
    if (!parseFlash(arguments, args, exitCode)) {
        return exitCode;
    }
    auto request = makeRequest(args);
    if (!request) {
        printError(request.error());
        return app::ExitUsage;
    }
    FlashProgress printer(args.to, args.json);
    const bool throughWriter = app::writesThroughWriter(*request);
    if (throughWriter && app::isDownloadUrl(args.source)) {
        // The writer reads a whole file: download it first (imprint download).
        return failAll(args, *request,
                       Error("writer.unsupported_request").with("what", "writer.growing_source"),
                       app::ExitUsage);
    }
    QTemporaryDir bmapDir;
    std::unique_ptr<app::ImageStream> stream;
    if (app::isDownloadUrl(args.source)) {
        if (int code = startDownload(args, bmapDir.path(), printer, stream, *request); code >= 0) {
            return code;
        }
    } else if (!args.sha256.isEmpty()) {
        // A file on disk is hashed whole first: nothing is read for writing until it passed.
        if (auto checked = app::checkFileSha256(args.source, args.sha256); !checked) {
            printError(checked.error());
            return checked.error().code == "source.checksum_mismatch" ? app::ExitVerifyFailed
                                                                      : app::ExitUsage;
        }
    }
    if (throughWriter) {
        return runThroughWriter(args, std::move(request).value(), printer);
    }
    const auto targets = request->targets;
    auto prepared = prepareWrite(std::move(request).value());
    if (!prepared) {
        WriteRequest named;
        named.targets = targets;
        return failAll(args, named, prepared.error(), sourceExitCode(prepared.error()));
    }
    if (!args.json) {
        printMap(prepared->map());
    }
    if (int code = confirmTargets(*prepared, args.yes, args.json); code >= 0) {
        return code;
    }
    auto job = prepared->start();
    if (!job) {
        return printRefusals(*prepared);
    }
    job->onProgress([&printer](const Progress& p) { printer.update(p); });
    const auto started = std::chrono::steady_clock::now();
    auto results = runJob(*job, stream.get());
    printer.done();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const QJsonValue download = stream ? finishDownload(args, *stream, results) : QJsonValue();
    return printOutcome(args, reportOf(*prepared, results, args.verify), seconds, download);
}

const CommandRegistration registration(
    {"flash", QT_TRANSLATE_NOOP("Cli", "Write an image to drives or image files, verified"),
     runFlash});

} // namespace
} // namespace imprint::cli
