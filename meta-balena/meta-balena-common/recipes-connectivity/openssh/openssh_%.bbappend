# balenaOS additions to openssh; the files are listed in files/install.manifest.
FILESEXTRAPATHS_prepend := "${THISDIR}/files:"

SRC_URI += " \
    file://install.manifest \
    file://sshd_config \
    file://sshd.socket \
    file://sshd@.service \
    file://sshd-keygen.service \
"

inherit balena-install

SYSTEMD_SERVICE_${PN}-sshd = "sshd.socket"
SYSTEMD_AUTO_ENABLE_${PN}-sshd = "enable"
FILES_${PN}-sshd += "/lib/systemd/system/sshd-keygen.service"

do_install_append() {
    balena_install_manifest
}
