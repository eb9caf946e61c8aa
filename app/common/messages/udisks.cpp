// Messages for the errors of app/common/udisks: "udisks.*".
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> udisks() {
    static constexpr ErrorMessage table[] = {
        {"udisks.unavailable",
         QT_TRANSLATE_NOOP("Errors", "The UDisks2 service is not reachable ({detail}): start it "
                                     "(systemctl start udisks2), or run as root to write drives "
                                     "directly.")},
        {"udisks.no_such_device",
         QT_TRANSLATE_NOOP("Errors", "UDisks2 does not know {name} ({detail}): check the device "
                                     "name with 'imprint drives'.")},
        {"udisks.unmount_failed",
         QT_TRANSLATE_NOOP("Errors", "{mountpoint} on {name} could not be unmounted ({detail}): "
                                     "close the programs using it and try again.")},
        {"udisks.open_failed",
         QT_TRANSLATE_NOOP("Errors", "UDisks2 did not open {name} for writing ({detail}): "
                                     "allow it when asked for a password, and make sure nothing "
                                     "else uses the drive.")},
        {"udisks.not_authorized",
         QT_TRANSLATE_NOOP("Errors", "The system's policy (polkit) does not allow you to write "
                                     "{name} ({detail}); nothing was written. Run Imprint in "
                                     "your desktop session and confirm with your password when "
                                     "asked, or run it as root (sudo).")},
        // Values of {reason}, {detail} and {what}: the words that fill a message above.
        {"udisks.unknown_device", QT_TRANSLATE_NOOP("Errors", "UDisks2 does not know this device")},
        {"udisks.no_descriptor", QT_TRANSLATE_NOOP("Errors", "no file descriptor in the reply")},
    };
    return table;
}

} // namespace imprint::app::messages
