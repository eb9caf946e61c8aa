// Validation of a config.json document: the JSON Schema (valijson) and the checks a schema
// cannot express (real SSH keys, udev grammar, country list, ...), joined into one list.
#pragma once

#include "core/common/error.h"
#include "core/config/config.h"

#include <vector>

namespace imprint::config {

enum class Severity { Error, Warning };

struct Issue {
    Severity severity = Severity::Error;
    Error error; // error.pointer names the key
    // Set by validateEdit: the problem was already in the document before the edit.
    bool preexisting = false;

    friend bool operator==(const Issue& a, const Issue& b) {
        return a.severity == b.severity && a.error.code == b.error.code &&
               a.error.pointer == b.error.pointer && a.preexisting == b.preexisting;
    }
};

// What validation needs to know beyond the document.
struct ValidationContext {
    // WiFi connection files that will be on the boot partition (for the country warning).
    int wifiNetworks = 0;
};

// Every problem of the document, errors first, each at its JSON pointer.
std::vector<Issue> validate(const Config& config, const ValidationContext& context = {});

// The issues of `after`, where those `before` already had are demoted to warnings and marked
// preexisting: an edit is refused only for what it introduces.
std::vector<Issue> validateEdit(const Config& before, const Config& after,
                                const ValidationContext& context = {});

bool hasErrors(const std::vector<Issue>& issues);

// Whether the schema knows the key at this pointer, and the JSON type it gives it ("string",
// "boolean", "integer", "number", "array", "object"); empty when unknown.
std::string schemaTypeAt(std::string_view pointer);

} // namespace imprint::config
