// Strict JSON text for config.json and profiles: parsing that rejects what a device or a
// person would trip over (a BOM, duplicate keys, oversized files) and writing that keeps key order.
#pragma once

#include "core/common/result.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace imprint::config {

// Keeps the keys in the order the file has them, so an edit never reorders a document.
using Json = nlohmann::ordered_json;

// config.json is at most 1 MiB (the OS reads it whole, often; a bigger one is a mistake).
inline constexpr std::size_t maxConfigBytes = 1024 * 1024;

// Parses a JSON document. Errors: json.too_large {size, limit}, json.bom, json.syntax {line,
// column, token} and json.duplicate_key {key, line, column}, each at the byte offset and, when
// inside the document, the JSON pointer of the value being read.
Result<Json> parseJson(std::string_view text, std::size_t maxBytes = maxConfigBytes);

// Pretty text: two-space indent, key order kept, UTF-8 as is, a trailing newline.
std::string toText(const Json& document);

// A key as users type it: a JSON pointer ("/os/udevRules/99") or a dotted path
// ("os.network.connectivity.uri"). Returns the JSON pointer; config.bad_key for "" or "a..b".
Result<std::string> keyToPointer(std::string_view key);

// Escapes one key for use inside a JSON pointer (~ and /).
std::string pointerToken(std::string_view key);

} // namespace imprint::config
