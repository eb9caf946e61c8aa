// Messages of the profile store (app/common/profiles).
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> profiles() {
    static const ErrorMessage table[] = {
        {"profile.bad_name",
         QT_TRANSLATE_NOOP("Errors", "\"{name}\" cannot be a profile name. Use 1 to 64 characters "
                                     "without a slash, not starting with a dot.")},
        {"profile.not_found",
         QT_TRANSLATE_NOOP("Errors", "There is no profile called \"{name}\". Check the name in "
                                     "the list of saved profiles.")},
        {"profile.exists",
         QT_TRANSLATE_NOOP("Errors", "A profile called \"{name}\" exists already. Choose another "
                                     "name or delete that profile first.")},
        {"profile.read_failed",
         QT_TRANSLATE_NOOP("Errors", "The profile file {path} cannot be read: {reason}.")},
        {"profile.write_failed",
         QT_TRANSLATE_NOOP("Errors", "The profile cannot be saved to {path}: {reason}. Check that "
                                     "the folder is writable and the disk is not full.")},
        {"profile.bad_json",
         QT_TRANSLATE_NOOP("Errors", "{path} is not a profile: it is not a JSON object. Choose a "
                                     "file exported by Imprint.")},
    };
    return table;
}

} // namespace imprint::app::messages
