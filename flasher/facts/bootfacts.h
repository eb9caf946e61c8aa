// The facts a boot partition holds: the known boot files, os-release, device-type.json,
// config.json in brief and the network files, read without changing anything.
#pragma once

#include "core/disk/bootpartition.h"
#include "flasher/facts/imagefacts.h"

namespace imprint::flasher {

// Never fails: a file that is missing or unreadable is a fact left unknown.
BootFacts readBootFacts(disk::BootPartition& boot);

} // namespace imprint::flasher
