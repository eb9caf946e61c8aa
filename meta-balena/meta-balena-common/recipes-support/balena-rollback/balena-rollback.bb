SUMMARY = "Rolls back a host OS update that does not boot or does not stay healthy"
DESCRIPTION = "rollback-altboot keeps the old OS when the bootloader had to fall back to it; \
rollback-health watches a new OS for 15 minutes and switches back when it is unhealthy. \
See docs/rollbacks.md in the meta-balena repository."
LICENSE = "Apache-2.0"
LIC_FILES_CHKSUM = "file://${BALENA_COREBASE}/COPYING.Apache-2.0;md5=3b83ef96387f14655fc854ddc3c6bd57"

SRC_URI = " \
    file://install.manifest \
    file://rollback-lib \
    file://rollback-altboot \
    file://rollback-health \
    file://rollback-altboot.service \
    file://rollback-health.service \
"

inherit allarch systemd balena-install

SYSTEMD_SERVICE_${PN} = "rollback-altboot.service rollback-health.service"
RDEPENDS_${PN} = "bash coreutils sed"
FILES_${PN} += "/usr/lib/balena-rollback /lib/systemd/system"

do_install() {
    balena_install_manifest
}
