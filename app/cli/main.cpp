// imprint: the command line twin of imprint-gui. Dispatches to a subcommand.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/exitcode.h"
#include "app/common/translations.h"
#include "flasher/platform/system.h"
#include "imprint/buildinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace imprint;

namespace {

// A class, so lupdate files the calls below under the "Cli" context that translate() uses.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString tr(const char* text) { return Cli::tr(text); }

QString commandList() {
    QString text = Cli::tr("Commands:") + QLatin1Char('\n');
    for (const auto& c : cli::commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(10), tr(c.summary));
    }
    text += QLatin1Char('\n') + Cli::tr("Run 'imprint COMMAND --help' for a command's options.");
    return text;
}

} // namespace

int main(int argc, char* argv[]) {
    // A file size limit (ulimit -f) must fail a write with EFBIG, which the write reports as an
    // error naming the byte, not kill the program: its signal is the program's to handle.
    platform::ignoreFileSizeLimitSignal();
    platform::useBinaryStandardStreams(); // the same bytes out on every system
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("imprint"));
    QCoreApplication::setOrganizationName(QStringLiteral("Imprint"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(buildinfo::version));
    app::installTranslations(app);

    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 2) {
        for (const auto& c : cli::commands()) {
            if (args[1] == QLatin1String(c.name)) {
                QStringList sub = args.mid(2);
                sub.prepend(QStringLiteral("imprint ") + QLatin1String(c.name));
                return c.run(sub);
            }
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr(
            "Imprint flashes balenaOS images to SD cards, USB drives and image files, and edits "
            "their boot partition (config.json, WiFi, SSH keys, logo) without root.") +
        QStringLiteral("\n\n") + commandList());
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run."),
                                 QStringLiteral("COMMAND [OPTIONS...]"));
    const QCommandLineOption versionOption = parser.addVersionOption();
    int exitCode = 0;
    QStringList named = args;
    named[0] = QStringLiteral("imprint");
    if (!cli::parseArguments(parser, named, exitCode)) {
        return exitCode;
    }
    if (parser.isSet(versionOption)) {
        cli::printResult(QStringLiteral("imprint ") + QCoreApplication::applicationVersion());
        return app::ExitOk;
    }
    if (parser.positionalArguments().isEmpty()) {
        cli::printMessage(Cli::tr("No command given."));
    } else {
        cli::printMessage(
            Cli::tr("Unknown command '%1'.").arg(parser.positionalArguments().first()));
    }
    cli::printMessage(Cli::tr("Run 'imprint --help' for the list of commands."));
    return app::ExitUsage;
}
