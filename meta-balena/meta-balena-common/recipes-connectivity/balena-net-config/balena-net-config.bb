SUMMARY = "Copies the boot partition's NetworkManager connections to NetworkManager at boot"
DESCRIPTION = "balena-net-config copies the connection keyfiles of the boot partition's \
system-connections/ folder into /etc/NetworkManager/system-connections/ (mode 0600, samples \
ending in .ignore left out) before NetworkManager starts, and removes the copies whose \
original is gone."
LICENSE = "Apache-2.0"
LIC_FILES_CHKSUM = "file://${BALENA_COREBASE}/COPYING.Apache-2.0;md5=3b83ef96387f14655fc854ddc3c6bd57"

SRC_URI = " \
    file://install.manifest \
    file://balena-net-config \
    file://balena-net-config.service \
    file://networkmanager-balena-net-config.conf \
"

inherit allarch systemd balena-install

SYSTEMD_SERVICE_${PN} = "balena-net-config.service"
RDEPENDS_${PN} = "bash coreutils"
FILES_${PN} += "/lib/systemd/system"

do_install() {
    balena_install_manifest
}
