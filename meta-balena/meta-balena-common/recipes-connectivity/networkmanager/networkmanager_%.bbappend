# balenaOS additions to NetworkManager; the files are listed in files/install.manifest.
# The boot partition's connections reach NetworkManager through balena-net-config.
FILESEXTRAPATHS_prepend := "${THISDIR}/files:"

SRC_URI += " \
    file://install.manifest \
    file://NetworkManager.conf \
"

inherit balena-install

RDEPENDS_${PN} += "balena-net-config"

do_install_append() {
    balena_install_manifest
}
