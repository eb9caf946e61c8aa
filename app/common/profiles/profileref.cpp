#include "app/common/profiles/profileref.h"

#include "app/common/profiles/profilestore.h"
#include "core/config/config.h"
#include "core/provision/profilefield.h"

#include <algorithm>

namespace imprint::app {

Result<provision::Profile> loadProfile(const QString& fileOrName) {
    return ProfileStore().resolve(fileOrName);
}

provision::Profile mergeProfiles(const provision::Profile& base, const provision::Profile& over) {
    provision::Profile p = base;
    config::Config merged(p.baseConfig);
    merged.merge(over.baseConfig);
    p.baseConfig = merged.json();
    for (const auto& f : provision::profileFields()) {
        if (f.text != nullptr && over.*f.text) {
            p.*f.text = over.*f.text;
        } else if (f.flag != nullptr && over.*f.flag) {
            p.*f.flag = over.*f.flag;
        }
    }
    for (const auto& n : over.networks) {
        auto same = std::find_if(p.networks.begin(), p.networks.end(),
                                 [&](const auto& m) { return m.ssid == n.ssid; });
        if (same != p.networks.end()) {
            *same = n;
        } else {
            p.networks.push_back(n);
        }
    }
    if (over.existingConnections != provision::ExistingConnections::Keep) {
        p.existingConnections = over.existingConnections;
    }
    for (const auto& k : over.sshKeys) {
        if (std::find(p.sshKeys.begin(), p.sshKeys.end(), k) == p.sshKeys.end()) {
            p.sshKeys.push_back(k);
        }
    }
    for (const auto& r : over.udevRules) {
        auto same = std::find_if(p.udevRules.begin(), p.udevRules.end(),
                                 [&](const auto& m) { return m.name == r.name; });
        if (same != p.udevRules.end()) {
            *same = r;
        } else {
            p.udevRules.push_back(r);
        }
    }
    return p;
}

} // namespace imprint::app
