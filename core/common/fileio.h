// Positioned reads and writes that finish the job: the platform seam's (flasher/platform/file.h),
// named here for the code that has always used them from imprint::.
#pragma once

#include "flasher/platform/file.h"

namespace imprint {

using platform::readAt;
using platform::Transfer;
using platform::writeAt;

} // namespace imprint
