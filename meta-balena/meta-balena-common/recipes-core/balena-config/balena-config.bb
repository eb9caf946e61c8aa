SUMMARY = "Applies config.json to the host OS at boot and when it changes"
DESCRIPTION = "Scripts and systemd units that apply the config.json keys of the boot \
partition (hostname, persistentLogging, country, ntpServers, dnsServers, os.network, \
os.udevRules, os.sshKeys, developmentMode). All keys are validated before any is applied."
LICENSE = "Apache-2.0"
LIC_FILES_CHKSUM = "file://${BALENA_COREBASE}/COPYING.Apache-2.0;md5=3b83ef96387f14655fc854ddc3c6bd57"

SRC_URI = " \
    file://install.manifest \
    file://balena-config-lib \
    file://balena-config-apply \
    file://os-hostname \
    file://os-persistent-logging \
    file://os-country \
    file://os-ntp \
    file://os-dns \
    file://os-networkmanager \
    file://os-udevrules \
    file://os-sshkeys \
    file://os-development-mode \
    file://balena-config.service \
    file://balena-config.path \
    file://balena-config-reload.service \
"

inherit allarch systemd balena-install

SYSTEMD_SERVICE_${PN} = "balena-config.service balena-config.path"
RDEPENDS_${PN} = "bash jq coreutils util-linux iw udev systemd"
FILES_${PN} += "/usr/lib/balena-config /lib/systemd/system"

do_install() {
    balena_install_manifest
}
