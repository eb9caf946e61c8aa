// imprint schema: prints the JSON Schema (draft 7) of config.json, the very bytes the validator
// uses.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/exitcode.h"
#include "core/config/schema.h"

#include <QCoreApplication>

#include <cstdio>

namespace imprint::cli {
namespace {

int runSchema(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Print the JSON Schema (draft 7) of config.json to standard output."));
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printMessage(QCoreApplication::translate("Cli", "'schema' takes no arguments."));
        return app::ExitUsage;
    }
    const auto text = config::schemaText();
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return std::ferror(stdout) != 0 ? app::ExitFailure : app::ExitOk;
}

const CommandRegistration registration(
    {"schema", QT_TRANSLATE_NOOP("Cli", "Print the JSON Schema of config.json"), runSchema});

} // namespace
} // namespace imprint::cli
