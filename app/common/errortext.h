// Turns the Error values of core/ and flasher/ into translated sentences. Each part of the
// program lists its messages in app/common/messages/<part>.cpp, a file defining
// imprint::app::messages::<part>() (found by the build from the file name); the text uses
// {name} for the error's parameters and is marked with QT_TRANSLATE_NOOP("Errors", ...).
#pragma once

#include "core/common/error.h"

#include <QString>

#include <span>

namespace imprint::app {

struct ErrorMessage {
    const char* code;
    const char* text; // QT_TRANSLATE_NOOP("Errors", "...")
};

// The translated message of an error, parameters filled in; values of {reason}, {detail},
// {part} and {what} are codes with words of their own in messages/ (and the system's error
// texts), so they are in the reader's language too.
QString errorText(const Error& error);

// errorText, prefixed with the JSON pointer when there is one ("/hostname: ...").
QString describeError(const Error& error);

// Whether a message exists for a code (tests use it to prove every code is worded).
bool hasErrorText(const std::string& code);

// One function per messages/<part>.cpp, declared from the generated list of parts.
namespace messages {
#define IMPRINT_MESSAGES(part) std::span<const ErrorMessage> part();
#include "imprint/message_parts.inc"
#undef IMPRINT_MESSAGES
} // namespace messages

} // namespace imprint::app
