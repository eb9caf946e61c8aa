// Turns the Error values of core/ and flasher/ into translated sentences. Each part of the
// program lists its messages in app/common/messages/<part>.cpp; the text uses {name} for the
// error's parameters and is marked for translation in the "Errors" context.
#pragma once

#include "core/common/error.h"

#include <QString>

#include <span>

namespace imprint::app {

struct ErrorMessage {
    const char* code;
    const char* text; // QT_TRANSLATE_NOOP("Errors", "...")
};

// The translated message of an error, parameters filled in.
QString errorText(const Error& error);

// errorText, prefixed with the JSON pointer when there is one ("/hostname: ...").
QString describeError(const Error& error);

// Whether a message exists for a code (tests use it to prove every code is worded).
bool hasErrorText(const std::string& code);

namespace messages {
std::span<const ErrorMessage> version();
} // namespace messages

} // namespace imprint::app
