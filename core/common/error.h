// An Error is what core/ and flasher/ return instead of a sentence: a stable code, named
// parameters, and where it happened (a JSON pointer or a byte offset). app/common turns it
// into translated text, so the GUI and the command line say the same thing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace imprint {

struct ErrorArg {
    std::string name;
    std::string value;
    // A byte count (its value in decimal digits), which the message shows as a size.
    bool bytes = false;
};

struct Error {
    // A stable, dotted identifier, e.g. "version.missing_patch". Never shown as is.
    std::string code;
    // Named parameters the message refers to as {name}.
    std::vector<ErrorArg> args;
    // The JSON pointer of the offending value, when the error is about a JSON document.
    std::string pointer;
    // The byte offset where the problem was found, when the error is about a byte stream.
    std::optional<std::uint64_t> offset;

    Error() = default;
    explicit Error(std::string errorCode) : code(std::move(errorCode)) {}

    Error& with(std::string name, std::string value) & {
        args.push_back({std::move(name), std::move(value)});
        return *this;
    }
    Error&& with(std::string name, std::string value) && {
        args.push_back({std::move(name), std::move(value)});
        return std::move(*this);
    }
    // A byte count the message shows as a size ("31.9 GB"); arg() gives its digits.
    Error&& withBytes(std::string name, std::uint64_t count) && {
        args.push_back({std::move(name), std::to_string(count), true});
        return std::move(*this);
    }
    Error&& at(std::uint64_t byteOffset) && {
        offset = byteOffset;
        return std::move(*this);
    }
    Error&& atPointer(std::string jsonPointer) && {
        pointer = std::move(jsonPointer);
        return std::move(*this);
    }

    // The value of a named parameter, or an empty string.
    [[nodiscard]] std::string arg(std::string_view name) const {
        for (const auto& a : args) {
            if (a.name == name) {
                return a.value;
            }
        }
        return {};
    }
};

} // namespace imprint
