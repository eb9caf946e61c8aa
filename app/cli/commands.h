// The subcommands of `imprint`. Each lives in its own cmd_<name>.cpp (picked up by the
// build automatically) and registers itself with a file-scope CommandRegistration. A command
// gets its own arguments (arguments[0] is "imprint <name>") and returns an exit code from
// app/common/exitcode.h.
#pragma once

#include <QStringList>

#include <vector>

namespace imprint::cli {

struct CliCommand {
    const char* name;
    const char* summary; // QT_TRANSLATE_NOOP("Cli", "...")
    int (*run)(const QStringList& arguments);
};

// All registered commands, sorted by name.
const std::vector<CliCommand>& commands();

struct CommandRegistration {
    explicit CommandRegistration(const CliCommand& command);
};

} // namespace imprint::cli
