# balenaOS additions to chrony; the files are listed in files/install.manifest.
FILESEXTRAPATHS_prepend := "${THISDIR}/files:"

SRC_URI += " \
    file://install.manifest \
    file://chrony.conf \
"

inherit balena-install

FILES_${PN} += "/etc/chrony/sources.d"

do_install_append() {
    balena_install_manifest
}
