// UDisksBroker opens drives through the UDisks2 daemon on the system bus: it unmounts the
// drive's filesystems (Filesystem.Unmount) and asks Block.OpenDevice for an exclusive, direct
// read-write descriptor, so an unprivileged program (the GUI) can write after polkit agrees.
#pragma once

#include "flasher/platform/driveaccess.h"

#include <QString>

namespace imprint::app {

class UDisksBroker : public flasher::DriveBroker {
public:
    // `interactive` false: polkit must not ask anyone (no password dialog for a script or a
    // command run with --yes); what needs a password is then refused as not authorized.
    explicit UDisksBroker(bool interactive = true) : interactive_(interactive) {}

    // Errors: "udisks.unavailable" {detail}, "udisks.no_such_device" {name, detail},
    // "udisks.unmount_failed" {name, mountpoint, detail}, "udisks.open_failed" {name, detail},
    // "udisks.not_authorized" {name, detail} when polkit refuses the unmount or the open.
    Result<int> openDrive(const std::string& devicePath) override;

    // The D-Bus object of a device node ("/dev/sdb" -> ".../block_devices/sdb").
    static Result<QString> objectFor(const std::string& devicePath);

private:
    bool interactive_;
};

} // namespace imprint::app
