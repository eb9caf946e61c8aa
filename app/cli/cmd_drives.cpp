// imprint drives [--json] [--all]: the drives Imprint could write, with its safety verdict.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "app/common/json/jsonview.h"
#include "flasher/drives/judgeddrives.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace imprint::cli {
namespace {

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

int runDrives(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the drives that can be written, with Imprint's safety verdict.\n"
           "The drive holding the running system is hidden unless --all is given."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the list as JSON (see app/cli/json/drives.md)."));
    const QCommandLineOption allOption(
        QStringLiteral("all"), tr("Also list the system drive, loop devices and empty readers."));
    parser.addOption(jsonOption);
    parser.addOption(allOption);
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printMessage(tr("'drives' takes no arguments."));
        return app::ExitUsage;
    }
    const auto drives = flasher::listJudgedDrives();
    if (!drives) {
        printError(drives.error());
        return app::ExitFailure;
    }
    const bool all = parser.isSet(allOption);
    QJsonArray array;
    QStringList lines;
    for (const auto& [d, verdict, shown] : *drives) {
        if (!all && !shown) {
            continue;
        }
        array.append(app::driveToJson(d, verdict));
        QString reasons;
        for (const auto& i : verdict.issues) {
            reasons += QStringLiteral("\n    ") + app::errorText(i.reason);
        }
        const QString desc = QString::fromStdString(d.description());
        lines << QStringLiteral("%1  %2  %3  %4  [%5]%6")
                     .arg(QString::fromStdString(d.path), -14)
                     .arg(app::sizeText(d.sizeBytes), 10)
                     .arg(d.bus.empty() ? QStringLiteral("-") : QString::fromStdString(d.bus), -5)
                     .arg(desc.isEmpty() ? QStringLiteral("-") : desc)
                     .arg(app::verdictName(verdict))
                     .arg(reasons);
    }
    if (parser.isSet(jsonOption)) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("drives"), array}}));
    } else if (lines.isEmpty()) {
        printMessage(all ? tr("No drives found.")
                         : tr("No drives found (use --all to include the system drive and "
                              "loop devices)."));
    } else {
        for (const auto& l : lines) {
            printResult(l);
        }
    }
    return app::ExitOk;
}

const CommandRegistration registration(
    {"drives", QT_TRANSLATE_NOOP("Cli", "List the drives that can be written"), runDrives});

} // namespace
} // namespace imprint::cli
