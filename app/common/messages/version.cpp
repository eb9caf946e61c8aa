// Messages for the "version.*" errors of core/version.
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> version() {
    static constexpr ErrorMessage table[] = {
        {"version.empty", QT_TRANSLATE_NOOP("Errors", "The version is empty.")},
        {"version.missing_part",
         QT_TRANSLATE_NOOP("Errors", "\"{input}\" is not a version: the {part} number is "
                                     "missing at character {position} (expected X.Y.Z, "
                                     "for example 2.0.0 or 2.0.0+rev1).")},
        {"version.negative",
         QT_TRANSLATE_NOOP("Errors", "\"{input}\" is not a version: the {part} number at "
                                     "character {position} is negative.")},
        {"version.not_a_number",
         QT_TRANSLATE_NOOP("Errors", "\"{input}\" is not a version: the {part} part \"{text}\" "
                                     "at character {position} is not a number.")},
        {"version.number_too_large",
         QT_TRANSLATE_NOOP("Errors", "\"{input}\" is not a version: the {part} number at "
                                     "character {position} is too large.")},
        {"version.too_many_parts",
         QT_TRANSLATE_NOOP("Errors", "\"{input}\" is not a version: it has more than three "
                                     "numbers (character {position}).")},
        {"version.empty_label",
         QT_TRANSLATE_NOOP("Errors", "\"{input}\" is not a version: the pre-release label "
                                     "after \"-\" is empty (character {position}).")},
        {"version.bad_label",
         QT_TRANSLATE_NOOP("Errors", "\"{input}\" is not a version: the pre-release label "
                                     "\"{text}\" at character {position} must be letters "
                                     "followed by an optional number, such as beta1 or rc2.")},
        {"version.bad_revision",
         QT_TRANSLATE_NOOP("Errors", "\"{input}\" is not a version: \"+{text}\" at character "
                                     "{position} must be a board revision such as +rev1.")},
        {"version.trailing_text",
         QT_TRANSLATE_NOOP("Errors", "\"{input}\" is not a version: unexpected \"{text}\" at "
                                     "character {position}.")},
        // Values of {part}.
        {"major", QT_TRANSLATE_NOOP("Errors", "major")},
        {"minor", QT_TRANSLATE_NOOP("Errors", "minor")},
        {"patch", QT_TRANSLATE_NOOP("Errors", "patch")},
        {"label", QT_TRANSLATE_NOOP("Errors", "pre-release")},
        {"revision", QT_TRANSLATE_NOOP("Errors", "revision")},
    };
    return table;
}

} // namespace imprint::app::messages
