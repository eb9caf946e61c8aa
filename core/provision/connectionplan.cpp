// Profile::connections and Profile::proxy -> the plan's file changes.
#include "core/provision/connection.h"
#include "core/provision/planfiles.h"
#include "core/provision/proxy.h"

#include <algorithm>

namespace imprint::provision {
namespace {

Result<void> planFile(disk::BootPartition& boot, Plan& plan, const std::string& path,
                      const std::string& content, bool secret) {
    // Replacing a file the plan removes (every connection goes, this one comes back).
    const auto removed =
        std::find_if(plan.changes.begin(), plan.changes.end(), [&](const FileChange& c) {
            return c.path == path && c.kind == ChangeKind::Remove;
        });
    if (removed != plan.changes.end()) {
        auto previous = std::move(removed->previous);
        plan.changes.erase(removed);
        addChange(plan, path, std::move(previous), bytes(content), secret);
        return {};
    }
    auto previous = readIfPresent(boot, path);
    if (!previous) {
        return std::move(previous).takeError();
    }
    addChange(plan, path, std::move(previous).value(), bytes(content), secret);
    return {};
}

} // namespace

Result<void> planConnections(const Profile& profile, disk::BootPartition& boot, Plan& plan) {
    for (const auto& c : profile.connections) {
        if (checkConnection(c)) {
            continue; // Profile::check refuses the plan
        }
        for (const auto& f : connectionFiles(c)) {
            if (auto r = planFile(boot, plan, f.path, f.content, f.secret); !r) {
                return r;
            }
        }
    }
    std::vector<std::string> taken;
    for (const auto& c : profile.connections) {
        taken.push_back(c.id);
    }
    const auto names = importedFileNames(profile.importedConnections, taken);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const ImportedConnection& imported = profile.importedConnections[i];
        if (checkImportedConnection(imported)) {
            continue; // Profile::check refuses the plan
        }
        for (const auto& f : importedConnectionFiles(imported, names[i])) {
            if (auto r = planFile(boot, plan, f.path, f.content, f.secret); !r) {
                return r;
            }
        }
    }
    if (profile.proxy && !checkProxy(*profile.proxy)) {
        const Proxy& p = *profile.proxy;
        if (auto r = planFile(boot, plan, std::string(kRedsocksPath), redsocksConf(p),
                              !p.password.empty());
            !r) {
            return r;
        }
        if (!p.noProxy.empty()) {
            return planFile(boot, plan, std::string(kNoProxyPath), noProxyFile(p), false);
        }
    }
    return {};
}

} // namespace imprint::provision
