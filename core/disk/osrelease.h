// os-release: the KEY=value file on the boot partition that names the balenaOS build
// (VERSION_ID, VARIANT, META_BALENA_VERSION...), read by inspect and by dev-mode checks.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace imprint::disk {

// KEY=value lines, values unquoted; comments, blank and malformed lines skipped.
std::map<std::string, std::string> parseOsRelease(std::string_view text);

} // namespace imprint::disk
