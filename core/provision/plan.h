// Plan: the exact file changes a Profile (or a config.json edit) makes to one BootPartition,
// reviewable before anything is written (a config.json diff with secrets masked, the files
// created, replaced and removed, where the old ones are saved); apply() performs it.
#pragma once

#include "core/common/result.h"
#include "core/config/config.h"
#include "core/config/validate.h"
#include "core/disk/bootpartition.h"
#include "core/provision/profile.h"
#include "core/provision/wifi.h"

#include <cstdint>
#include <string>
#include <vector>

namespace imprint::provision {

enum class ChangeKind { Create, Replace, Remove };

struct FileChange {
    std::string path; // from the partition root, e.g. "system-connections/balena-wifi-01"
    ChangeKind kind = ChangeKind::Create;
    std::vector<std::uint8_t> content;  // the new bytes (Create, Replace)
    std::vector<std::uint8_t> previous; // the bytes it replaces or removes (backed up first)
    bool secret = false;                // holds secrets: never print the content
};

struct ExistingConnection {
    std::string file;
    ConnectionInfo info;
    bool skippedByNetworkManager = false;
};

struct Plan {
    std::vector<FileChange> changes;
    // Problems: errors refuse the plan; warnings (and problems the edit did not introduce) do not.
    std::vector<config::Issue> issues;
    std::vector<Error> notices; // development-mode notices
    std::vector<ExistingConnection> existingConnections;
    config::Config configBefore;
    config::Config configAfter;
    // config.json as diff lines ("  ", "- ", "+ " then the text), secrets masked.
    std::vector<std::string> configDiff;
    std::string backupDirectory; // where apply() saves the files it replaces or removes
    // The partition is a copy (an Overlay over an image that stays untouched): nothing to save.
    bool withoutBackups = false;

    [[nodiscard]] bool refused() const { return config::hasErrors(issues); }
    [[nodiscard]] bool empty() const { return changes.empty(); }
};

struct PlanOptions {
    std::string backupDirectory; // required when the plan replaces or removes anything
    // Set when `boot` is a copy whose original is never written (a flasher Overlay).
    bool withoutBackups = false;
};

// Reads the partition (config.json, system-connections/, splash/, os-release) and works out
// the changes. Fails only when the partition cannot be read or config.json is not valid JSON
// (plan.no_config, json.* with {path}); problems with the profile itself are Plan::issues.
Result<Plan> makePlan(const Profile& profile, disk::BootPartition& boot,
                      const PlanOptions& options);

// A plan that only replaces config.json with `after` (imprint config set/unset/inject).
Result<Plan> makeConfigPlan(const config::Config& after, disk::BootPartition& boot,
                            const PlanOptions& options);

struct ApplyReport {
    std::vector<std::string> written;
    std::vector<std::string> removed;
    std::vector<std::string> backedUp; // paths under the backup directory
};

// Saves the old files to the backup directory, checks that the partition still holds what the
// plan read, writes (each file crash-safe; config.json last), then reads everything back.
// Errors: plan.refused, plan.backup_failed {path, reason}, plan.changed_meanwhile {path},
// plan.verify_failed {path} (the written bytes differ), and the partition's own errors.
Result<ApplyReport> apply(const Plan& plan, disk::BootPartition& boot);

// Unified-style line diff with `context` unchanged lines around each change.
std::vector<std::string> lineDiff(const std::string& before, const std::string& after,
                                  std::size_t context = 2);

} // namespace imprint::provision
