// ProfileRef: what --profile P means everywhere a profile is taken (configure, flash, batch):
// a file path (it contains '/' or names an existing file) or the NAME of a saved profile.
#pragma once

#include "core/common/result.h"
#include "core/provision/profile.h"

#include <QString>

namespace imprint::app {

// Errors: profile.not_found {name, folder}, disk.open_failed {path, reason}, and
// Profile::parse's json.* / profile.* errors.
Result<provision::Profile> loadProfile(const QString& fileOrName);

// `over` merged onto `base`: the settings `over` has replace the base's, lists are joined
// (networks, SSH keys, udev rules of other names), baseConfig merged key by key.
provision::Profile mergeProfiles(const provision::Profile& base, const provision::Profile& over);

} // namespace imprint::app
