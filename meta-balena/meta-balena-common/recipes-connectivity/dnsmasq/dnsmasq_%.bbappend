# balenaOS additions to dnsmasq; the files are listed in files/install.manifest.
FILESEXTRAPATHS_prepend := "${THISDIR}/files:"

SRC_URI += " \
    file://install.manifest \
    file://balena.conf \
    file://dnsmasq-balena-config.conf \
"

inherit balena-install

FILES_${PN} += "/etc/dnsmasq.d/balena.conf /lib/systemd/system/dnsmasq.service.d"

do_install_append() {
    balena_install_manifest
}
