#include "app/cli/commands.h"

#include <algorithm>
#include <cstring>

namespace imprint::cli {
namespace {
std::vector<CliCommand>& registry() {
    static std::vector<CliCommand> list;
    return list;
}
} // namespace

CommandRegistration::CommandRegistration(const CliCommand& command) {
    auto& list = registry();
    list.push_back(command);
    std::sort(list.begin(), list.end(), [](const CliCommand& a, const CliCommand& b) {
        return std::strcmp(a.name, b.name) < 0;
    });
}

const std::vector<CliCommand>& commands() { return registry(); }

} // namespace imprint::cli
