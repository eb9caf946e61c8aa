# balenaOS additions to plymouth; the files are listed in files/install.manifest.
FILESEXTRAPATHS_prepend := "${THISDIR}/files:"

SRC_URI += " \
    file://install.manifest \
    file://balena.plymouth \
    file://balena.script \
    file://plymouthd.defaults \
    file://plymouth-boot-mount.conf \
"

inherit balena-install

FILES_${PN} += "/usr/share/plymouth/themes/balena /lib/systemd/system/plymouth-start.service.d"

do_install_append() {
    balena_install_manifest
}
