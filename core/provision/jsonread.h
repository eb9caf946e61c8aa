// Reading a saved profile's JSON values: each missing or null key left unset, each value of the
// wrong type refused as profile.wrong_type {key, expected} at its JSON pointer.
#pragma once

#include "core/common/result.h"
#include "core/config/config.h"

#include <optional>
#include <string>
#include <vector>

namespace imprint::provision::json {

inline Error typeError(const std::string& pointer, const char* expected) {
    return Error("profile.wrong_type")
        .with("key", pointer)
        .with("expected", expected)
        .atPointer(pointer);
}

// The member `key` of `o`, nothing when it is absent or null.
inline const config::Json* member(const config::Json& o, const char* key) {
    auto it = o.find(key);
    return it == o.end() || it->is_null() ? nullptr : &*it;
}

inline Result<void> readString(const config::Json& o, const char* key,
                               std::optional<std::string>& out, const std::string& at) {
    const config::Json* v = member(o, key);
    if (v == nullptr) {
        return {};
    }
    if (!v->is_string()) {
        return typeError(at + "/" + key, "string");
    }
    out = v->get<std::string>();
    return {};
}

inline Result<void> readBool(const config::Json& o, const char* key, std::optional<bool>& out,
                             const std::string& at) {
    const config::Json* v = member(o, key);
    if (v == nullptr) {
        return {};
    }
    if (!v->is_boolean()) {
        return typeError(at + "/" + key, "boolean");
    }
    out = v->get<bool>();
    return {};
}

inline Result<void> readStrings(const config::Json& o, const char* key,
                                std::vector<std::string>& out, const std::string& at) {
    const config::Json* v = member(o, key);
    if (v == nullptr) {
        return {};
    }
    if (!v->is_array()) {
        return typeError(at + "/" + key, "array");
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        if (!(*v)[i].is_string()) {
            return typeError(at + "/" + key + "/" + std::to_string(i), "string");
        }
        out.push_back((*v)[i].get<std::string>());
    }
    return {};
}

// An integer clamped to +-100000 (the checks then refuse what is out of range).
inline Result<void> readInt(const config::Json& o, const char* key, std::optional<int>& out,
                            const std::string& at) {
    const config::Json* v = member(o, key);
    if (v == nullptr) {
        return {};
    }
    if (!v->is_number_integer()) {
        return typeError(at + "/" + key, "integer");
    }
    out = static_cast<int>(
        std::max<std::int64_t>(-100000, std::min<std::int64_t>(100000, v->get<std::int64_t>())));
    return {};
}

} // namespace imprint::provision::json
