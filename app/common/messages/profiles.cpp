// Messages of the profile store (app/common/profiles). profile.not_found and the errors of a
// profile's content (profile.wrong_type, ...) are worded with core/provision's in provision.cpp.
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> profiles() {
    static const ErrorMessage table[] = {
        {"profile.bad_name",
         QT_TRANSLATE_NOOP("Errors", "\"{name}\" cannot be a profile name. Use 1 to 64 characters "
                                     "without a slash, not starting with a dot or a space.")},
        {"profile.exists",
         QT_TRANSLATE_NOOP("Errors", "A profile called \"{name}\" exists already. Choose another "
                                     "name or delete that profile first.")},
        {"profile.read_failed",
         QT_TRANSLATE_NOOP("Errors", "The profile file {path} cannot be read: {reason}. Check the "
                                     "path and that you may read the file.")},
        {"profile.too_large",
         QT_TRANSLATE_NOOP("Errors", "{path} is far too large to be a profile. Choose a profile "
                                     "file saved by Imprint.")},
        {"profile.not_an_image",
         QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not an image: it can be configured in "
                                     "place but not written to a drive. Open an image file.")},
        {"profile.cannot_remove",
         QT_TRANSLATE_NOOP("Errors", "{key} stays as the image has it: a profile can add and "
                                     "change settings but not remove them. Give it a value, or "
                                     "remove it later with imprint config unset.")},
        {"profile.write_failed",
         QT_TRANSLATE_NOOP("Errors", "The profile cannot be saved to {path}: {reason}. Check that "
                                     "the folder is writable and the disk is not full.")},
        // Values of {reason}, {detail} and {what}: the words that fill a message above.
        {"profile.no_such_file", QT_TRANSLATE_NOOP("Errors", "no such file")},
    };
    return table;
}

} // namespace imprint::app::messages
