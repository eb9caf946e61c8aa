#include "core/provision/plan.h"

#include "core/common/utf8path.h"
#include "core/provision/devmode.h"
#include "core/provision/planfiles.h"
#include "core/provision/splashlogo.h"
#include "flasher/platform/file.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <set>

namespace imprint::provision {
namespace {

constexpr const char* configPath = "config.json";
constexpr const char* connectionsDir = "system-connections";

Result<std::vector<std::uint8_t>> readLocalFile(const std::string& path) {
    constexpr std::uint64_t kMaxLogo = 64U * 1024U * 1024U;
    std::string bytes;
    if (const int error = platform::readWholeFile(path, bytes, kMaxLogo); error != 0) {
        if (error == platform::errorNoSpace()) {
            return Error("logo.too_large")
                .with("size", std::to_string(platform::statusOf(path).size))
                .with("available", std::to_string(kMaxLogo));
        }
        return Error("logo.unreadable")
            .with("path", path)
            .with("reason", platform::errorText(error));
    }
    return std::vector<std::uint8_t>(bytes.begin(), bytes.end());
}

Result<config::Config> readConfig(disk::BootPartition& boot, std::vector<std::uint8_t>& raw) {
    auto data = readIfPresent(boot, configPath);
    if (!data) {
        return std::move(data).takeError();
    }
    if (!data->has_value()) {
        return Error("plan.no_config").with("path", configPath);
    }
    raw = **data;
    auto c = config::Config::parse(
        std::string_view(reinterpret_cast<const char*>(raw.data()), raw.size()));
    if (!c) {
        return std::move(c).takeError().with("path", configPath);
    }
    return c;
}

void finishConfig(Plan& plan, const std::vector<std::uint8_t>& raw, int wifiNetworks) {
    plan.issues =
        config::validateEdit(plan.configBefore, plan.configAfter, {.wifiNetworks = wifiNetworks});
    const std::string after = plan.configAfter.toText();
    // An unchanged document is left byte for byte as it is, even if its formatting differs.
    if (!(plan.configAfter == plan.configBefore)) {
        addChange(plan, configPath, raw, bytes(after), plan.configAfter.isFleetConfig());
        plan.configDiff = lineDiff(config::toText(config::maskSecrets(plan.configBefore.json())),
                                   config::toText(config::maskSecrets(plan.configAfter.json())));
    }
}

bool isOurs(const std::string& name) { return name.starts_with("balena-wifi-"); }

Result<void> planNetworks(const Profile& profile, disk::BootPartition& boot, Plan& plan) {
    auto dir = boot.stat(connectionsDir);
    if (!dir) {
        return std::move(dir).takeError();
    }
    std::vector<std::pair<std::string, std::vector<std::uint8_t>>> existing;
    if (dir->has_value() && (*dir)->directory) {
        auto entries = boot.list(connectionsDir);
        if (!entries) {
            return std::move(entries).takeError();
        }
        for (const auto& e : *entries) {
            if (e.directory) {
                continue;
            }
            auto data = boot.readFile(std::string(connectionsDir) + "/" + e.name);
            if (!data) {
                return std::move(data).takeError();
            }
            plan.existingConnections.push_back(
                {e.name, readConnection(text(*data)), networkManagerSkips(e.name)});
            existing.emplace_back(e.name, std::move(data).value());
        }
    }
    if (profile.networks.empty() && profile.existingConnections == ExistingConnections::Keep) {
        return {};
    }
    std::set<std::string> taken;
    std::set<std::string> removing;
    for (const auto& [name, data] : existing) {
        const bool remove =
            (profile.existingConnections == ExistingConnections::Replace && isOurs(name)) ||
            (profile.existingConnections == ExistingConnections::Remove &&
             !networkManagerSkips(name));
        if (remove) {
            removing.insert(name);
        } else {
            taken.insert(name);
        }
    }
    int number = 1;
    std::set<std::string> written;
    for (const auto& n : profile.networks) {
        // The same network already written by an earlier run: nothing to add.
        const bool present = std::any_of(existing.begin(), existing.end(), [&](const auto& e) {
            return removing.count(e.first) == 0 && isOurs(e.first) &&
                   e.second == bytes(wifiKeyfile(n, e.first));
        });
        if (present) {
            continue;
        }
        while (taken.count(wifiFileName(number)) != 0) {
            ++number;
        }
        const std::string name = wifiFileName(number++);
        written.insert(name);
        std::optional<std::vector<std::uint8_t>> previous;
        for (const auto& [existingName, data] : existing) {
            if (existingName == name) {
                previous = data;
            }
        }
        addChange(plan, std::string(connectionsDir) + "/" + name, previous,
                  bytes(wifiKeyfile(n, name)), !n.passphrase.empty());
    }
    for (const auto& [name, data] : existing) {
        if (removing.count(name) != 0 && written.count(name) == 0) {
            FileChange c;
            c.path = std::string(connectionsDir) + "/" + name;
            c.kind = ChangeKind::Remove;
            c.previous = data;
            c.secret = true;
            plan.changes.push_back(std::move(c));
        }
    }
    return {};
}

Result<void> planLogo(const Profile& profile, disk::BootPartition& boot, Plan& plan) {
    if (!profile.logo) {
        return {};
    }
    auto data = readLocalFile(*profile.logo);
    if (!data) {
        plan.issues.push_back(
            {config::Severity::Error, std::move(data).takeError().atPointer("/logo"), false});
        return {};
    }
    auto png = checkPng(*data);
    if (!png) {
        Error e = std::move(png).takeError().atPointer("/logo");
        e.with("path", *profile.logo);
        plan.issues.push_back({config::Severity::Error, std::move(e), false});
        return {};
    }
    std::vector<std::string> present;
    for (const char* candidate : {"splash/balena-logo.png", "splash/resin-logo.png"}) {
        auto st = boot.stat(candidate);
        if (!st) {
            return std::move(st).takeError();
        }
        if (st->has_value()) {
            present.emplace_back(candidate);
        }
    }
    const std::string path = splashLogoPath(present);
    auto old = readIfPresent(boot, path);
    if (!old) {
        return std::move(old).takeError();
    }
    auto free = boot.freeSpace();
    if (!free) {
        return std::move(free).takeError();
    }
    // The other new files need room too.
    std::uint64_t others = 0;
    for (const auto& c : plan.changes) {
        others += c.content.size() > c.previous.size() ? c.content.size() - c.previous.size() : 0;
    }
    const std::uint64_t room = *free > others ? *free - others : 0;
    const std::uint64_t oldSize = old->has_value() ? (*old)->size() : 0;
    if (auto fits = checkLogoFits(data->size(), oldSize, room, 1); !fits) {
        plan.issues.push_back(
            {config::Severity::Error, std::move(fits).takeError().atPointer("/logo"), false});
        return {};
    }
    addChange(plan, path, *old, std::move(data).value(), false);
    return {};
}

// What every plan starts from: the backup choice and config.json as the boot partition has it
// now (`raw` keeps its bytes for the diff and the backup).
Result<Plan> startPlan(disk::BootPartition& boot, const PlanOptions& options,
                       std::vector<std::uint8_t>& raw) {
    Plan plan;
    plan.backupDirectory = options.backupDirectory;
    plan.withoutBackups = options.withoutBackups;
    auto before = readConfig(boot, raw);
    if (!before) {
        return std::move(before).takeError();
    }
    plan.configBefore = std::move(before).value();
    return plan;
}

} // namespace

Result<Plan> makeConfigPlan(const config::Config& after, disk::BootPartition& boot,
                            const PlanOptions& options) {
    std::vector<std::uint8_t> raw;
    auto started = startPlan(boot, options, raw);
    if (!started) {
        return started;
    }
    Plan plan = std::move(started).value();
    plan.configAfter = after;
    finishConfig(plan, raw, 0);
    return plan;
}

Result<Plan> makePlan(const Profile& profile, disk::BootPartition& boot,
                      const PlanOptions& options) {
    std::vector<std::uint8_t> raw;
    auto started = startPlan(boot, options, raw);
    if (!started) {
        return started;
    }
    Plan plan = std::move(started).value();
    plan.configAfter = profile.applyTo(plan.configBefore);
    if (auto r = planNetworks(profile, boot, plan); !r) {
        return std::move(r).takeError();
    }
    int wifi = 0;
    for (const auto& e : plan.existingConnections) {
        const bool removed =
            std::any_of(plan.changes.begin(), plan.changes.end(), [&](const FileChange& c) {
                return c.kind == ChangeKind::Remove &&
                       c.path == std::string(connectionsDir) + "/" + e.file;
            });
        wifi += (!removed && !e.skippedByNetworkManager && e.info.type == "wifi") ? 1 : 0;
    }
    for (const auto& c : plan.changes) {
        wifi += c.kind == ChangeKind::Create ? 1 : 0;
    }
    if (auto r = planConnections(profile, boot, plan); !r) {
        return std::move(r).takeError();
    }
    wifi += wifiConnectionCount(profile.connections, profile.importedConnections);
    finishConfig(plan, raw, wifi);
    for (auto& issue : profile.check()) {
        plan.issues.push_back(std::move(issue));
    }
    if (auto r = planLogo(profile, boot, plan); !r) {
        return std::move(r).takeError();
    }
    if (profile.developmentMode) {
        auto osRelease = readIfPresent(boot, "os-release");
        if (!osRelease) {
            return std::move(osRelease).takeError();
        }
        const auto fields = osRelease->has_value() ? parseOsRelease(text(**osRelease))
                                                   : std::map<std::string, std::string>{};
        plan.notices = developmentModeNotices(*profile.developmentMode, fields,
                                              !plan.configAfter.sshKeys().empty());
    }
    std::stable_sort(
        plan.issues.begin(), plan.issues.end(), [](const config::Issue& a, const config::Issue& b) {
            return a.severity == config::Severity::Error && b.severity == config::Severity::Warning;
        });
    return plan;
}

Result<ApplyReport> apply(const Plan& plan, disk::BootPartition& boot) {
    if (plan.refused()) {
        return Error("plan.refused");
    }
    ApplyReport report;
    // 1. Nothing changed since the plan read the partition.
    for (const auto& c : plan.changes) {
        auto now = readIfPresent(boot, c.path);
        if (!now) {
            return std::move(now).takeError();
        }
        const bool expectedPresent = c.kind != ChangeKind::Create;
        if (now->has_value() != expectedPresent || (expectedPresent && **now != c.previous)) {
            return Error("plan.changed_meanwhile").with("path", c.path);
        }
    }
    // 2. Backups, before anything on the partition is touched.
    for (const auto& c : plan.changes) {
        if (c.kind == ChangeKind::Create || plan.withoutBackups) {
            continue;
        }
        if (plan.backupDirectory.empty()) {
            return Error("plan.backup_failed")
                .with("path", c.path)
                .with("reason", "plan.no_backup_folder");
        }
        const std::filesystem::path target =
            pathFromUtf8(plan.backupDirectory) / pathFromUtf8(c.path);
        std::error_code ec;
        std::filesystem::create_directories(target.parent_path(), ec);
        const int error = ec ? 0
                             : platform::writeWholeFile(utf8Of(target), c.previous.data(),
                                                        c.previous.size(), c.secret);
        if (ec || error != 0) {
            return Error("plan.backup_failed")
                .with("path", utf8Of(target))
                .with("reason", ec ? ec.message() : platform::errorText(error));
        }
        report.backedUp.push_back(utf8Of(target));
    }
    // 3. Writes: everything else first, config.json last, so an interrupted run never leaves a
    // config.json that points at files that are not there.
    std::vector<const FileChange*> order;
    for (const auto& c : plan.changes) {
        if (c.path != configPath) {
            order.push_back(&c);
        }
    }
    for (const auto& c : plan.changes) {
        if (c.path == configPath) {
            order.push_back(&c);
        }
    }
    for (const FileChange* c : order) {
        if (c->kind == ChangeKind::Remove) {
            if (auto r = boot.remove(c->path); !r) {
                return std::move(r).takeError();
            }
            report.removed.push_back(c->path);
            continue;
        }
        const auto slash = c->path.rfind('/');
        if (slash != std::string::npos) {
            if (auto r = boot.makeDirectory(c->path.substr(0, slash)); !r) {
                return std::move(r).takeError();
            }
        }
        if (auto r = boot.writeFile(c->path, c->content); !r) {
            return std::move(r).takeError();
        }
        report.written.push_back(c->path);
    }
    // 4. Read back.
    for (const auto& c : plan.changes) {
        auto now = readIfPresent(boot, c.path);
        if (!now) {
            return std::move(now).takeError();
        }
        const bool ok = c.kind == ChangeKind::Remove ? !now->has_value()
                                                     : (now->has_value() && **now == c.content);
        if (!ok) {
            return Error("plan.verify_failed").with("path", c.path);
        }
    }
    return report;
}

std::vector<std::string> lineDiff(const std::string& before, const std::string& after,
                                  std::size_t context) {
    const auto split = [](const std::string& s) {
        std::vector<std::string> lines;
        std::size_t start = 0;
        while (start < s.size()) {
            auto end = s.find('\n', start);
            if (end == std::string::npos) {
                end = s.size();
            }
            lines.push_back(s.substr(start, end - start));
            start = end + 1;
        }
        return lines;
    };
    const auto a = split(before);
    const auto b = split(after);
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<std::string> ops; // "  ", "- ", "+ " prefixed
    if (n * m > 16'000'000) {
        for (const auto& l : a) {
            ops.push_back("- " + l);
        }
        for (const auto& l : b) {
            ops.push_back("+ " + l);
        }
    } else {
        std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
        for (std::size_t i = n; i-- > 0;) {
            for (std::size_t j = m; j-- > 0;) {
                lcs[i * (m + 1) + j] =
                    a[i] == b[j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1
                                 : std::max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
            }
        }
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i] == b[j]) {
                ops.push_back("  " + a[i]);
                ++i;
                ++j;
            } else if (i < n &&
                       (j == m || lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1])) {
                ops.push_back("- " + a[i++]);
            } else {
                ops.push_back("+ " + b[j++]);
            }
        }
    }
    // Keep changes and `context` lines around them.
    std::vector<bool> keep(ops.size(), false);
    for (std::size_t k = 0; k < ops.size(); ++k) {
        if (ops[k][0] != ' ') {
            const std::size_t from = k >= context ? k - context : 0;
            for (std::size_t x = from; x < std::min(ops.size(), k + context + 1); ++x) {
                keep[x] = true;
            }
        }
    }
    std::vector<std::string> out;
    bool gap = false;
    for (std::size_t k = 0; k < ops.size(); ++k) {
        if (keep[k]) {
            if (gap && !out.empty()) {
                out.emplace_back("  ...");
            }
            out.push_back(ops[k]);
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

} // namespace imprint::provision
