// The subcommands of `imprint`. Each lives in its own cmd_<name>.cpp and is listed once in
// commands.cpp. A command gets its own arguments (arguments[0] is "imprint <name>") and
// returns an exit code from app/common/exitcode.h.
#pragma once

#include <QStringList>

#include <span>

namespace imprint::cli {

struct CliCommand {
    const char* name;
    const char* summary; // QT_TRANSLATE_NOOP("Cli", "...")
    int (*run)(const QStringList& arguments);
};

std::span<const CliCommand> commands();

int runVersion(const QStringList& arguments);

} // namespace imprint::cli
