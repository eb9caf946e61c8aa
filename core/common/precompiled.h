// The standard and nlohmann/json headers that most files of imprint_core and imprint_flasher
// include, precompiled once for both (IMPRINT_PCH). Nothing here is a dependency: every file
// still includes what it uses.
#pragma once

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
