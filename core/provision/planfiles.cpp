#include "core/provision/planfiles.h"

namespace imprint::provision {

std::vector<std::uint8_t> bytes(const std::string& s) { return {s.begin(), s.end()}; }
std::string text(const std::vector<std::uint8_t>& b) { return {b.begin(), b.end()}; }

Result<std::optional<std::vector<std::uint8_t>>> readIfPresent(disk::BootPartition& boot,
                                                               const std::string& path) {
    auto st = boot.stat(path);
    if (!st) {
        return std::move(st).takeError();
    }
    if (!st->has_value() || (*st)->directory) {
        return std::optional<std::vector<std::uint8_t>>();
    }
    auto data = boot.readFile(path);
    if (!data) {
        return std::move(data).takeError();
    }
    return std::optional<std::vector<std::uint8_t>>(std::move(data).value());
}

void addChange(Plan& plan, std::string path, std::optional<std::vector<std::uint8_t>> previous,
               std::vector<std::uint8_t> content, bool secret) {
    if (previous && *previous == content) {
        return;
    }
    FileChange c;
    c.path = std::move(path);
    c.kind = previous ? ChangeKind::Replace : ChangeKind::Create;
    c.previous = previous.value_or(std::vector<std::uint8_t>{});
    c.content = std::move(content);
    c.secret = secret;
    plan.changes.push_back(std::move(c));
}

} // namespace imprint::provision
