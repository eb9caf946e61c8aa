// The JSON Schema (draft 7) of config.json, compiled into the library from
// resources/schema/config.schema.json so the validator and `imprint schema` use the same bytes.
#pragma once

#include <string_view>

namespace imprint::config {

// The schema file's exact bytes.
std::string_view schemaText();

} // namespace imprint::config
