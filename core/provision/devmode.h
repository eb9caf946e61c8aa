// Development mode: what turning config.json's developmentMode on opens on the device, and
// what an image's os-release says about whether the switch works at all (legacy builds).
#pragma once

#include "core/common/error.h"
#include "core/disk/osrelease.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace imprint::provision {

// os-release is read by core/disk (it lives on the boot partition); the name stays here for the
// callers that knew it from provision.
using disk::parseOsRelease;

// The notices for setting developmentMode to `enable` on an image with this os-release, given
// whether os.sshKeys are set. Codes: devmode.opens (passwordless root on SSH port 22222 and
// the serial console, engine API on TCP 2375), devmode.keys_only, devmode.legacy_development
// {variant} (an old development build: open whatever config.json says),
// devmode.legacy_production {variant} (an old production-only build: the switch does
// nothing), devmode.closes.
std::vector<Error> developmentModeNotices(bool enable,
                                          const std::map<std::string, std::string>& osRelease,
                                          bool hasSshKeys);

} // namespace imprint::provision
