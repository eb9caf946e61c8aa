#include "app/common/flash/opentarget.h"

#include "app/common/udisks/udisks.h"
#include "flasher/platform/driveaccess.h"

#include <QtGlobal>

namespace imprint::app {

bool isDrivePath(const QString& target) { return target.startsWith(QLatin1String("/dev/")); }

bool drivesOpenThroughUDisks() {
    return qEnvironmentVariableIntValue("IMPRINT_FORCE_UDISKS") == 1 ||
           !flasher::canOpenDrivesDirectly();
}

Result<std::unique_ptr<flasher::Target>> openFlashTarget(const QString& target, bool interactive) {
    if (!isDrivePath(target)) {
        return flasher::makeFileTarget(target.toStdString());
    }
    UDisksBroker broker(interactive);
    return flasher::openDriveTarget(target.toStdString(), &broker, drivesOpenThroughUDisks());
}

} // namespace imprint::app
