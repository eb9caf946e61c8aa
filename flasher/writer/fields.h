// Strict reading of one JSON object of the writer's protocol: each field read once with its
// type and range, the first problem kept (with the field's JSON pointer), and any field nobody
// read reported by finish(). Internal to flasher/writer.
#pragma once

#include "core/common/error.h"
#include "core/config/json.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>

namespace imprint::flasher::writer {

using Json = config::Json;

class Fields {
public:
    // `where`: the object's JSON pointer. Not an object: the error is kept at once.
    Fields(const Json& object, std::string where);

    [[nodiscard]] bool ok() const { return !error_; }
    [[nodiscard]] const Error& error() const { return *error_; }
    // The first error of this object or of one read inside it.
    void fail(Error error);

    [[nodiscard]] bool has(const char* key) const;
    std::string text(const char* key, std::size_t maxBytes, bool allowEmpty = false);
    // One of `choices`, or the first one after an error.
    std::string choice(const char* key, std::initializer_list<const char*> choices);
    bool flag(const char* key);
    std::uint64_t count(const char* key, std::uint64_t max = UINT64_MAX);
    double number(const char* key, double min, double max);
    // The field's value, which must be an object / an array of at most `maxItems`; null after
    // an error.
    const Json* object(const char* key);
    const Json* array(const char* key, std::size_t maxItems);
    // Every field of the object was read; else writer.unknown_field at the first other one.
    void finish();
    // finish(), then hands its error (if any) to the object this one was read inside.
    void finishInto(Fields& parent);

    [[nodiscard]] std::string pointerOf(const char* key) const;

private:
    const Json* field(const char* key, const char* expected);
    void wrongType(const char* key, const char* expected);

    const Json& object_;
    std::string where_;
    std::set<std::string> read_;
    std::optional<Error> error_;
};

} // namespace imprint::flasher::writer
