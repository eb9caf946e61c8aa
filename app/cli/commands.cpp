#include "app/cli/commands.h"

#include <QtGlobal>

namespace imprint::cli {

std::span<const CliCommand> commands() {
    static constexpr CliCommand list[] = {
        {"version", QT_TRANSLATE_NOOP("Cli", "Compare and sort balenaOS versions"), runVersion},
    };
    return list;
}

} // namespace imprint::cli
