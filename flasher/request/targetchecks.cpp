#include "flasher/request/targetchecks.h"

#include "flasher/drives/drivelist.h"
#include "flasher/drives/safety.h"
#include "flasher/platform/file.h"

#include <set>

namespace imprint::flasher {
namespace {

// The folder a file would be created in.
std::string folderOf(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".")
           : slash == 0               ? std::string("/")
                                      : path.substr(0, slash);
}

void checkFile(std::size_t index, PreparedTarget& target, const std::vector<std::string>& readPaths,
               std::vector<Refusal>& refusals) {
    const std::string& path = target.request.path;
    const platform::FileStatus st = platform::statusOf(path);
    if (st.kind == platform::FileKind::Missing) {
        if (!platform::mayWrite(folderOf(path))) {
            refusals.push_back({index, Refusal::Kind::Unsafe,
                                Error("target.read_only")
                                    .with("path", path)
                                    .with("detail", platform::errorText(platform::lastError()))});
        }
        return;
    }
    for (const auto& read : readPaths) {
        if (platform::sameFile(st, platform::statusOf(read))) {
            refusals.push_back({index, Refusal::Kind::Unsafe,
                                Error("target.is_source").with("path", path).with("source", read)});
            return;
        }
    }
    if (!platform::mayWrite(path)) {
        refusals.push_back({index, Refusal::Kind::Unsafe,
                            Error("target.read_only")
                                .with("path", path)
                                .with("detail", platform::errorText(platform::lastError()))});
        return;
    }
    target.cautions.push_back(Error("target.exists").with("path", path));
    target.needsConfirmation = true;
}

void checkDrive(std::size_t index, PreparedTarget& target, const SafetyContext& context,
                std::vector<Refusal>& refusals) {
    auto drive = probeDrive(target.request.path);
    if (!drive) {
        refusals.push_back({index, Refusal::Kind::Invalid, drive.error()});
        return;
    }
    const auto verdict = assessDrive(*drive, context);
    for (const auto& e : verdict.reasons(Concern::Refused)) {
        refusals.push_back({index, Refusal::Kind::Unsafe, e});
    }
    for (const auto& e : verdict.reasons(Concern::Confirm)) {
        target.cautions.push_back(e);
    }
    for (const auto& e : verdict.reasons(Concern::Unmount)) {
        target.cautions.push_back(e);
    }
    target.needsUnmount = verdict.needsUnmount();
    target.needsConfirmation = true; // everything on it is erased
    target.drive = std::move(drive).value();
}

} // namespace

void checkTargets(std::vector<PreparedTarget>& targets, const std::vector<std::string>& readPaths,
                  std::optional<std::uint64_t> imageSize, std::vector<Refusal>& refusals) {
    SafetyContext context;
    context.imageSize = imageSize;
    context.sourcePaths = readPaths;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        PreparedTarget& t = targets[i];
        if (!seen.insert(t.request.path).second) {
            refusals.push_back({i, Refusal::Kind::Invalid,
                                Error("target.duplicate").with("path", t.request.path)});
            continue;
        }
        if (t.request.drive) {
            checkDrive(i, t, context, refusals);
        } else {
            checkFile(i, t, readPaths, refusals);
        }
    }
}

std::vector<std::unique_ptr<Target>> openTargets(const std::vector<PreparedTarget>& targets,
                                                 DriveBroker* broker, bool preferBroker,
                                                 std::vector<Refusal>& refusals) {
    std::vector<std::unique_ptr<Target>> out(targets.size());
    const bool direct = canOpenDrivesDirectly() && !(preferBroker && broker != nullptr);
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const PreparedTarget& t = targets[i];
        if (!t.request.drive) {
            out[i] = makeFileTarget(t.request.path); // created when the write starts
            continue;
        }
        if (direct && t.needsUnmount && t.drive) {
            for (const auto& mountpoint : t.drive->allMountpoints()) {
                if (auto unmounted = unmountFilesystem(mountpoint); !unmounted) {
                    refusals.push_back({i, Refusal::Kind::Failed,
                                        Error(unmounted.error()).with("path", t.request.path)});
                    break;
                }
            }
            if (!refusals.empty() && refusals.back().target == i) {
                continue;
            }
        }
        auto target = openDriveTarget(t.request.path, broker, preferBroker);
        if (!target) {
            refusals.push_back({i, Refusal::Kind::Failed, target.error()});
            continue;
        }
        out[i] = std::move(target).value();
    }
    return out;
}

} // namespace imprint::flasher
