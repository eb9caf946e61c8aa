// Messages of the user's folders (app/common/folders): settings, profiles, backups, downloads.
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> folders() {
    static const ErrorMessage table[] = {
        {"folder.cannot_create",
         QT_TRANSLATE_NOOP("Errors", "The folder {folder} cannot be created: {reason}. Nothing was "
                                     "written. Check that your home folder is writable and the "
                                     "disk is not full.")},
    };
    return table;
}

} // namespace imprint::app::messages
