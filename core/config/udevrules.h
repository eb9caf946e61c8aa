// udev rules text as config.json's os.udevRules holds it, checked line by line against the
// rules-file grammar of udev(7), and rule names checked as the file names they become.
#pragma once

#include "core/common/error.h"

#include <optional>
#include <string_view>

namespace imprint::config {

// Each line a comment, blank, or comma-separated KEY[{attr}]OP"value" pairs with a known key
// and operator (==, !=, =, +=, -=, :=); a trailing backslash continues a line. Errors carry
// {line, column} plus: udev.unknown_key {key}, udev.attribute_required {key},
// udev.attribute_not_allowed {key}, udev.unterminated_attribute, udev.bad_operator {text},
// udev.unquoted_value, udev.unterminated_value, udev.missing_comma, udev.empty_rule.
std::optional<Error> checkUdevRules(std::string_view text);

// A name becomes /etc/udev/rules.d/<name>.rules: 1-200 of [A-Za-z0-9._-], not starting with a
// dot. udev.bad_name {name}.
std::optional<Error> checkUdevRuleName(std::string_view name);

} // namespace imprint::config
