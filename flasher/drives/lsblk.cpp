#include "flasher/drives/lsblk.h"

#include "flasher/platform/file.h"
#include "flasher/platform/system.h"

#include <nlohmann/json.hpp>

#include <string>

namespace imprint::flasher {
namespace {

using nlohmann::json;

std::string text(const json& o, const char* key) {
    const auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
        return {};
    }
    if (it->is_string()) {
        std::string s = it->get<std::string>();
        // Old lsblk pads vendor and model with spaces.
        while (!s.empty() && s.back() == ' ') {
            s.pop_back();
        }
        return s;
    }
    return it->dump();
}

bool flag(const json& o, const char* key) {
    const auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
        return false;
    }
    if (it->is_boolean()) {
        return it->get<bool>();
    }
    if (it->is_number_integer()) {
        return it->get<long long>() != 0;
    }
    if (it->is_string()) {
        const auto s = it->get<std::string>();
        return s == "1" || s == "true";
    }
    return false;
}

std::uint64_t number(const json& o, const char* key, std::uint64_t fallback) {
    const auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
        return fallback;
    }
    if (it->is_number_unsigned() || it->is_number_integer()) {
        return it->get<std::uint64_t>();
    }
    if (it->is_string()) {
        const auto s = it->get<std::string>();
        char* end = nullptr;
        const auto v = std::strtoull(s.c_str(), &end, 10);
        if (end != s.c_str() && *end == '\0') {
            return v;
        }
    }
    return fallback;
}

std::vector<std::string> mounts(const json& o) {
    std::vector<std::string> out;
    if (const auto it = o.find("mountpoints"); it != o.end() && it->is_array()) {
        for (const auto& m : *it) {
            if (m.is_string() && !m.get<std::string>().empty()) {
                out.push_back(m.get<std::string>());
            }
        }
    } else if (const auto one = text(o, "mountpoint"); !one.empty()) {
        out.push_back(one);
    }
    return out;
}

std::string devicePath(const json& o) {
    auto p = text(o, "path");
    if (p.empty()) {
        p = "/dev/" + text(o, "name");
    }
    return p;
}

void collectChildren(const json& node, std::vector<DriveChild>& out) {
    const auto it = node.find("children");
    if (it == node.end() || !it->is_array()) {
        return;
    }
    for (const auto& c : *it) {
        if (!c.is_object()) {
            continue;
        }
        DriveChild child;
        child.path = devicePath(c);
        child.majMin = text(c, "maj:min");
        child.fsType = text(c, "fstype");
        child.label = text(c, "label");
        child.mountpoints = mounts(c);
        out.push_back(std::move(child));
        collectChildren(c, out);
    }
}

} // namespace

Result<std::vector<Drive>> parseLsblkJson(std::string_view input) {
    json doc = json::parse(input, nullptr, false);
    if (doc.is_discarded()) {
        return Error("drives.bad_json");
    }
    if (!doc.is_object() || !doc.contains("blockdevices") || !doc["blockdevices"].is_array()) {
        return Error("drives.unexpected_json").with("missing", "blockdevices");
    }
    std::vector<Drive> drives;
    for (const auto& d : doc["blockdevices"]) {
        if (!d.is_object() || text(d, "name").empty()) {
            return Error("drives.unexpected_json").with("missing", "name");
        }
        Drive drive;
        drive.name = text(d, "name");
        drive.path = devicePath(d);
        drive.majMin = text(d, "maj:min");
        drive.type = text(d, "type");
        drive.sizeBytes = number(d, "size", 0);
        drive.vendor = text(d, "vendor");
        drive.model = text(d, "model");
        drive.serial = text(d, "serial");
        drive.bus = text(d, "tran");
        drive.removable = flag(d, "rm");
        drive.hotplug = flag(d, "hotplug");
        drive.readOnly = flag(d, "ro");
        drive.logicalSectorSize = static_cast<std::uint32_t>(number(d, "log-sec", 512));
        drive.mountpoints = mounts(d);
        collectChildren(d, drive.children);
        drives.push_back(std::move(drive));
    }
    return drives;
}

namespace {

Result<std::string> runLsblk(const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"lsblk", "--json", "--bytes", "--output",
                                     std::string(kLsblkColumns)};
    args.insert(args.end(), extra.begin(), extra.end());
    platform::ProgramOutput run = platform::runProgram(args);
    if (run.error > 0) {
        return Error("drives.lsblk_failed").with("detail", platform::errorText(run.error));
    }
    if (run.error != 0) {
        return Error("drives.lsblk_failed")
            .with("detail", "drives.exit_status")
            .with("status", std::to_string(run.status));
    }
    return std::move(run.out);
}

} // namespace

Result<std::vector<Drive>> listLsblkDrives() {
    auto out = runLsblk({});
    if (!out) {
        return std::move(out).takeError();
    }
    return parseLsblkJson(*out);
}

} // namespace imprint::flasher
