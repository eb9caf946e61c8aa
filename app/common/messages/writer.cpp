// Messages for the errors of flasher/writer, the elevated writer and its protocol: "writer.*".
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> writer() {
    static constexpr ErrorMessage table[] = {
        {"writer.start_failed",
         QT_TRANSLATE_NOOP("Errors", "The writing helper {program} could not be started "
                                     "({detail}); nothing was written. Allow it when the system "
                                     "asks for permission, or reinstall Imprint.")},
        {"writer.exited",
         QT_TRANSLATE_NOOP("Errors", "The writing helper ended before it reported the result "
                                     "(exit status {status}). Check the drive and write it "
                                     "again.")},
        {"writer.timeout",
         QT_TRANSLATE_NOOP("Errors", "The writing helper said nothing for {seconds} seconds and "
                                     "was stopped. Write again, and allow it when the system "
                                     "asks for permission.")},
        {"writer.disconnected",
         QT_TRANSLATE_NOOP("Errors", "The connection to the writing helper closed before the "
                                     "write ended. Check the drive and write it again.")},
        {"writer.cut_short",
         QT_TRANSLATE_NOOP("Errors", "A message from the writing helper was cut short. Check "
                                     "the drive and write it again.")},
        {"writer.channel_failed",
         QT_TRANSLATE_NOOP("Errors", "The private connection to the writing helper failed "
                                     "({detail}). Write again.")},
        {"writer.wrong_peer",
         QT_TRANSLATE_NOOP("Errors", "Another program connected in place of the writing helper; "
                                     "it was given nothing and nothing was written. Check this "
                                     "computer for unwanted software, then write again.")},
        {"writer.empty_message",
         QT_TRANSLATE_NOOP("Errors", "The writing helper sent an empty message: it is not from "
                                     "this version of Imprint. Reinstall Imprint.")},
        {"writer.message_too_large",
         QT_TRANSLATE_NOOP("Errors", "A message of {size} to or from the writing helper is over "
                                     "the {limit} allowed. Reinstall Imprint if this was not a "
                                     "very large job.")},
        {"writer.bad_json",
         QT_TRANSLATE_NOOP("Errors", "A message between Imprint and its writing helper is not "
                                     "valid JSON. Reinstall Imprint.")},
        {"writer.version_mismatch",
         QT_TRANSLATE_NOOP("Errors", "The writing helper speaks protocol version {version}, this "
                                     "program version {expected}: reinstall Imprint so both "
                                     "come from the same release.")},
        {"writer.unknown_message",
         QT_TRANSLATE_NOOP("Errors", "A message of unknown type \"{type}\" came from the other "
                                     "side of the writing helper's connection. Reinstall "
                                     "Imprint.")},
        {"writer.bad_field",
         QT_TRANSLATE_NOOP("Errors", "A value in a message between Imprint and its writing "
                                     "helper is of the wrong kind or out of range. Reinstall "
                                     "Imprint.")},
        {"writer.missing_field",
         QT_TRANSLATE_NOOP("Errors", "A message between Imprint and its writing helper lacks a "
                                     "value. Reinstall Imprint.")},
        {"writer.unknown_field",
         QT_TRANSLATE_NOOP("Errors", "A message between Imprint and its writing helper holds a "
                                     "value it does not know. Reinstall Imprint.")},
        {"writer.unsupported_request",
         QT_TRANSLATE_NOOP("Errors", "{what} cannot be handed to the writing helper; nothing "
                                     "was written.")},
        // Values of {reason}, {detail} and {what}: the words that fill a message above.
        {"writer.growing_source",
         QT_TRANSLATE_NOOP("Errors", "An image that is still downloading")},
        {"writer.broker", QT_TRANSLATE_NOOP("Errors", "A write through UDisks2")},
        {"writer.prepared_plan",
         QT_TRANSLATE_NOOP("Errors", "A configuration planned before the write")},
    };
    return table;
}

} // namespace imprint::app::messages
