#include "app/common/write/opentarget.h"

#include "flasher/platform/driveaccess.h"

#include <QtGlobal>

namespace imprint::app {

bool isDrivePath(const QString& target) { return target.startsWith(QLatin1String("/dev/")); }

bool drivesOpenThroughUDisks() {
    return qEnvironmentVariableIntValue("IMPRINT_FORCE_UDISKS") == 1 ||
           !flasher::canOpenDrivesDirectly();
}

} // namespace imprint::app
