# balenaOS additions to avahi; the files are listed in files/install.manifest.
FILESEXTRAPATHS_prepend := "${THISDIR}/files:"

SRC_URI += " \
    file://install.manifest \
    file://ssh.service \
    file://balena-hostname.conf \
"

inherit balena-install

FILES_avahi-daemon += "/etc/avahi/services/ssh.service /lib/systemd/system/avahi-daemon.service.d"

do_install_append() {
    balena_install_manifest
}
