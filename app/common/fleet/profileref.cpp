#include "app/common/fleet/profileref.h"

#include "app/common/config/configtext.h"
#include "core/config/config.h"

#include <QFile>

#include <algorithm>

namespace imprint::app::fleet {

Result<provision::Profile> loadProfile(const QString& fileOrName) {
    auto path = findProfile(fileOrName);
    if (!path) {
        return std::move(path).takeError();
    }
    QFile f(*path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error("disk.open_failed")
            .with("path", path->toStdString())
            .with("reason", f.errorString().toStdString());
    }
    const QByteArray data = f.read(static_cast<qint64>(config::maxConfigBytes) + 1);
    return provision::Profile::parse(
        std::string(data.constData(), static_cast<std::size_t>(data.size())));
}

provision::Profile mergeProfiles(const provision::Profile& base, const provision::Profile& over) {
    provision::Profile p = base;
    config::Config merged(p.baseConfig);
    merged.merge(over.baseConfig);
    p.baseConfig = merged.json();
    const auto take = [](auto& into, const auto& from) {
        if (from) {
            into = from;
        }
    };
    take(p.hostname, over.hostname);
    take(p.logo, over.logo);
    take(p.developmentMode, over.developmentMode);
    take(p.persistentLogging, over.persistentLogging);
    take(p.country, over.country);
    take(p.ntpServers, over.ntpServers);
    take(p.dnsServers, over.dnsServers);
    take(p.connectivityUri, over.connectivityUri);
    take(p.connectivityInterval, over.connectivityInterval);
    take(p.connectivityResponse, over.connectivityResponse);
    take(p.randomMacAddressScan, over.randomMacAddressScan);
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

} // namespace imprint::app::fleet
