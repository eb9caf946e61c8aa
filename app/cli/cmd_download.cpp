// imprint download URL [-o FILE] [--sha256 HEX] [--no-cache] [--json]
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/cli/support/progressline.h"
#include "app/common/download/download.h"
#include "app/common/exitcode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QUrl>

namespace imprint::cli {
namespace {

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

int runDownload(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Download an image over http(s) with progress, resume and a checksum. Without -o the "
           "file goes to the download cache and its path is printed; a second run reuses it."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Save to FILE instead of the cache."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption sha256(QStringLiteral("sha256"),
                                    tr("Refuse the file unless its SHA-256 is HEX."),
                                    QStringLiteral("HEX"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     tr("Download again even when the cache has the file."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the result as JSON (see app/cli/json/download.md)."));
    parser.addOptions({output, sha256, noCache, json});
    parser.addPositionalArgument(QStringLiteral("url"), tr("The http:// or https:// address."));
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        printMessage(tr("'download' takes exactly one URL."));
        return app::ExitUsage;
    }
    app::DownloadRequest request;
    request.url = QUrl(parser.positionalArguments().constFirst());
    request.destination = parser.value(output);
    request.useCache = !parser.isSet(noCache);
    if (parser.isSet(sha256)) {
        const auto hex = app::parseSha256(parser.value(sha256));
        if (!hex) {
            printMessage(tr("--sha256 needs 64 hexadecimal digits."));
            return app::ExitUsage;
        }
        request.expectedSha256 = *hex;
    }
    if (!app::isDownloadUrl(parser.positionalArguments().constFirst())) {
        printError(Error("download.bad_url").with("url", request.url.toString().toStdString()));
        return app::ExitUsage;
    }

    ProgressLine progress(tr("Downloading"));
    const auto result = app::downloadBlocking(
        request, [&progress](qint64 done, qint64 total) { progress.update(done, total); });
    progress.finish();
    if (!result) {
        printError(result.error());
        const std::string& code = result.error().code;
        return code == "download.checksum_mismatch" ? app::ExitVerifyFailed
               : code == "download.bad_url"         ? app::ExitUsage
                                                    : app::ExitFailure;
    }
    const auto& r = result.value();
    if (parser.isSet(json)) {
        printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("url"), request.url.toString()},
                        {QStringLiteral("path"), QFileInfo(r.path).absoluteFilePath()},
                        {QStringLiteral("bytes"), r.bytes},
                        {QStringLiteral("sha256"), QString::fromLatin1(r.sha256)},
                        {QStringLiteral("resumed"), r.resumed},
                        {QStringLiteral("fromCache"), r.fromCache},
                        {QStringLiteral("attempts"), r.attempts}}));
    } else {
        printResult(QFileInfo(r.path).absoluteFilePath());
    }
    return app::ExitOk;
}

const CommandRegistration registration({"download",
                                        QT_TRANSLATE_NOOP("Cli", "Download an image (resume, "
                                                                 "checksum, cache)"),
                                        runDownload});

} // namespace
} // namespace imprint::cli
