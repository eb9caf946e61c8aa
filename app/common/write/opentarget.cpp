#include "app/common/write/opentarget.h"

#include "flasher/drives/windowsdisks.h"
#include "flasher/platform/driveaccess.h"

#include <QtGlobal>

namespace imprint::app {

bool isDrivePath(const QString& target) {
#if defined(_WIN32)
    // Only the name is read here: nothing is opened.
    return flasher::windisks::diskNumberOfPath(target.toStdString()).has_value();
#else
    return target.startsWith(QLatin1String("/dev/"));
#endif
}

bool drivesOpenThroughUDisks() {
    return qEnvironmentVariableIntValue("IMPRINT_FORCE_UDISKS") == 1 ||
           !flasher::canOpenDrivesDirectly();
}

} // namespace imprint::app
