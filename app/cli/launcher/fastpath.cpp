#include "app/cli/launcher/fastpath.h"

#include "core/disk/bootpartition.h"
#include "flasher/platform/file.h"
#include "flasher/platform/system.h"

#include <cstdint>
#include <cstdio>
#include <optional>
#include <span>
#include <string_view>

namespace imprint::launcher {
namespace {

struct FsRequest {
    std::string action;
    std::string target;
    std::string path;
    std::optional<std::string> local; // put: a file, or "-"/absent for stdin
    std::optional<int> partition;
};

std::optional<int> partitionNumber(std::string_view text) {
    if (text.empty() || text.size() > 3) {
        return std::nullopt;
    }
    int n = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        n = n * 10 + (c - '0');
    }
    return n >= 1 ? std::optional<int>(n) : std::nullopt;
}

// Only the plain shapes; anything else (help, --json, unknown options, wrong counts) is the
// full program's to explain.
std::optional<FsRequest> parse(const std::vector<std::string>& arguments) {
    std::vector<std::string> positional;
    FsRequest request;
    for (std::size_t i = 1; i < arguments.size(); ++i) {
        const std::string& a = arguments[i];
        if (a == "-" || a.empty() || a[0] != '-') {
            positional.push_back(a);
        } else if (a == "--partition" && i + 1 < arguments.size()) {
            request.partition = partitionNumber(arguments[++i]);
            if (!request.partition) {
                return std::nullopt;
            }
        } else if (a.starts_with("--partition=")) {
            request.partition = partitionNumber(std::string_view(a).substr(12));
            if (!request.partition) {
                return std::nullopt;
            }
        } else {
            return std::nullopt;
        }
    }
    if (positional.size() < 3) {
        return std::nullopt;
    }
    request.action = positional[0];
    request.target = positional[1];
    request.path = positional[2];
    const bool put = request.action == "put";
    if (!put && request.action != "rm" && request.action != "mkdir" && request.action != "cat") {
        return std::nullopt;
    }
    if (positional.size() > (put ? 4U : 3U)) {
        return std::nullopt;
    }
    if (put && positional.size() == 4) {
        request.local = positional[3];
    }
    return request;
}

bool readLocal(const std::string& path, std::string& out) {
    const platform::UniqueFile file(platform::openFile(path, platform::kRead));
    return file.valid() && platform::readToEnd(file.get(), out) == 0;
}

bool isImageFile(const std::string& target) {
    // Drives need the flasher's safety verdict and directories are rare in scripts: both are
    // left to the full program.
    return platform::statusOf(target).kind == platform::FileKind::Regular;
}

std::span<const std::uint8_t> bytes(const std::string& s) {
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

} // namespace

FastOutcome tryFastPath(const std::vector<std::string>& arguments, std::string& stdinContent,
                        bool& stdinConsumed) {
    if (arguments.empty() || arguments[0] != "fs") {
        return FastOutcome::Declined;
    }
    const auto request = parse(arguments);
    if (!request || !isImageFile(request->target)) {
        return FastOutcome::Declined;
    }
    std::string content;
    if (request->action == "put") {
        if (!request->local || *request->local == "-") {
            if (platform::isTerminal(platform::StandardStream::Input)) {
                return FastOutcome::Declined;
            }
            stdinConsumed = true;
            if (platform::readStandardInput(stdinContent) != 0) {
                return FastOutcome::Declined;
            }
            content = stdinContent;
        } else if (!readLocal(*request->local, content)) {
            return FastOutcome::Declined;
        }
    }
    disk::BootOpenOptions options;
    options.writable = request->action != "cat";
    options.partition = request->partition;
    auto boot = disk::openBootPartition(request->target, options);
    if (!boot || (*boot)->location().isGuess()) {
        return FastOutcome::Declined; // an error or a warning to print: words
    }
    disk::BootPartition& partition = **boot;
    if (request->action == "cat") {
        auto data = partition.readFile(request->path);
        if (!data) {
            return FastOutcome::Declined;
        }
        std::fwrite(data->data(), 1, data->size(), stdout);
        std::fflush(stdout);
        return FastOutcome::Done;
    }
    Result<void> r;
    if (request->action == "put") {
        r = partition.writeFile(request->path, bytes(content));
    } else if (request->action == "rm") {
        r = partition.remove(request->path);
    } else {
        r = partition.makeDirectory(request->path);
    }
    // A refusal changed nothing, so the full program can repeat it and explain it.
    return r ? FastOutcome::Done : FastOutcome::Declined;
}

} // namespace imprint::launcher
