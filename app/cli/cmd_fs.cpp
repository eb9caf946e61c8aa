// imprint fs ls|cat|rm|mkdir|put TARGET PATH [LOCAL|-] [--partition N] [--json]
// Files on the boot partition (or --partition N) of an image, a drive or a mounted directory.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/disk/boottarget.h"
#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "flasher/platform/system.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace imprint::cli {
namespace {

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

int exitFor(const Error& error, bool refused) {
    if (refused || error.code == "partition.beyond_end" || error.code.rfind("drives.", 0) == 0) {
        return app::ExitRefused;
    }
    if (error.code == "fat.invalid_name" || error.code == "boot.no_partition") {
        return app::ExitUsage;
    }
    return app::ExitFailure;
}

int fail(const Error& error, bool refused = false) {
    printError(error);
    return exitFor(error, refused);
}

bool readInput(const QString& local, QByteArray& out) {
    QFile f;
    const bool ok = local.isEmpty() || local == QLatin1String("-")
                        ? f.open(stdin, QIODevice::ReadOnly)
                        : (f.setFileName(local), f.open(QIODevice::ReadOnly));
    if (!ok) {
        printMessage(tr("Cannot read %1: %2").arg(local, f.errorString()));
        return false;
    }
    out = f.readAll();
    return true;
}

} // namespace

int runFs(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read and change files on a boot partition without mounting it.\n\n"
           "  ls TARGET [PATH]          list a directory (default: the root)\n"
           "  cat TARGET PATH           write a file to stdout\n"
           "  put TARGET PATH [LOCAL|-] create or replace a file from LOCAL or stdin "
           "(crash-safe)\n"
           "  rm TARGET PATH            remove a file or an empty directory\n"
           "  mkdir TARGET PATH         create a directory (and missing parents)\n\n"
           "TARGET is an image file, a drive (/dev/sdX) or a mounted boot directory. The boot "
           "partition is found by its label, or by /device-type.json."));
    const QCommandLineOption partitionOption(QStringLiteral("partition"),
                                             tr("Use partition N instead of the boot partition."),
                                             QStringLiteral("N"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), tr("ls: print the listing as JSON (see app/cli/json/fs.md)."));
    parser.addOption(partitionOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("action"), tr("ls, cat, put, rm or mkdir"));
    parser.addPositionalArgument(QStringLiteral("target"), tr("image, drive or directory"));
    parser.addPositionalArgument(QStringLiteral("path"), tr("path on the partition"),
                                 QStringLiteral("PATH [LOCAL|-]"));
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QStringList actions{"ls", "cat", "put", "rm", "mkdir"};
    if (!actions.contains(action)) {
        printMessage(action.isEmpty()
                         ? tr("'fs' needs an action: ls, cat, put, rm or mkdir.")
                         : tr("Unknown action '%1': use ls, cat, put, rm or mkdir.").arg(action));
        return app::ExitUsage;
    }
    const qsizetype minArgs = action == QLatin1String("ls") ? 2 : 3;
    const qsizetype maxArgs = action == QLatin1String("put") ? 4 : 3;
    if (args.size() < minArgs || args.size() > maxArgs) {
        printMessage(
            tr("Wrong number of arguments for 'fs %1'; see 'imprint fs --help'.").arg(action));
        return app::ExitUsage;
    }
    app::BootTargetOptions options;
    if (parser.isSet(partitionOption)) {
        bool ok = false;
        const int n = parser.value(partitionOption).toInt(&ok);
        if (!ok || n < 1) {
            printMessage(tr("--partition takes a partition number (1 or more)."));
            return app::ExitUsage;
        }
        options.partition = n;
    }
    const bool writes = action == QLatin1String("put") || action == QLatin1String("rm") ||
                        action == QLatin1String("mkdir");
    options.writable = writes;
    const QString path = args.value(2, QStringLiteral("/"));
    const std::string p = path.toStdString();

    QByteArray input;
    if (action == QLatin1String("put")) {
        const QString local = args.value(3);
        if ((local.isEmpty() || local == QLatin1String("-")) &&
            platform::isTerminal(platform::StandardStream::Input)) {
            printMessage(tr("'fs put' reads the content from stdin, which is a terminal; give "
                            "a LOCAL file or pipe the content in."));
            return app::ExitUsage;
        }
        if (!readInput(local, input)) {
            return app::ExitUsage;
        }
    }

    bool refused = false;
    auto boot = app::openBootTarget(args[1], options, &refused);
    if (!boot) {
        return fail(boot.error(), refused);
    }
    if ((*boot)->location().isGuess()) {
        printMessage(tr("No partition is labelled as the boot partition and none holds "
                        "device-type.json; using partition 1."));
    }
    if (action == QLatin1String("ls")) {
        auto entries = (*boot)->list(p);
        if (!entries) {
            return fail(entries.error());
        }
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const auto& e : *entries) {
                array.append(QJsonObject{{"name", QString::fromStdString(e.name)},
                                         {"directory", e.directory},
                                         {"size", static_cast<qint64>(e.size)}});
            }
            printJson(QJsonDocument(array));
        } else {
            for (const auto& e : *entries) {
                printResult(e.directory ? QString::fromStdString(e.name) + QLatin1Char('/')
                                        : QStringLiteral("%1\t%2")
                                              .arg(QString::fromStdString(e.name))
                                              .arg(static_cast<qulonglong>(e.size)));
            }
        }
        return app::ExitOk;
    }
    if (action == QLatin1String("cat")) {
        auto bytes = (*boot)->readFile(p);
        if (!bytes) {
            return fail(bytes.error());
        }
        std::fwrite(bytes->data(), 1, bytes->size(), stdout);
        std::fflush(stdout);
        return app::ExitOk;
    }
    Result<void> r;
    if (action == QLatin1String("put")) {
        r = (*boot)->writeFile(p,
                               std::span(reinterpret_cast<const std::uint8_t*>(input.constData()),
                                         static_cast<std::size_t>(input.size())));
    } else if (action == QLatin1String("rm")) {
        r = (*boot)->remove(p);
    } else {
        r = (*boot)->makeDirectory(p);
    }
    if (!r) {
        return fail(r.error());
    }
    return app::ExitOk;
}

namespace {
const CommandRegistration registration(
    {"fs", QT_TRANSLATE_NOOP("Cli", "List, read and change files on a boot partition"), runFs});
} // namespace

} // namespace imprint::cli
