SUMMARY = "balenaOS host image"
DESCRIPTION = "The host OS of a balena device, laid out as a partitioned disk image \
(balenaos-img: boot, rootA, rootB, state, data) with its block map."
LICENSE = "Apache-2.0"
LIC_FILES_CHKSUM = "file://${BALENA_COREBASE}/COPYING.Apache-2.0;md5=3b83ef96387f14655fc854ddc3c6bd57"

inherit core-image balena-image

IMAGE_FEATURES += "splash"
IMAGE_FEATURES_append = "${@bb.utils.contains('DISTRO_FEATURES', 'development-image', ' debug-tweaks', '', d)}"

IMAGE_INSTALL_append = " \
    balena-config \
    balena-engine-config \
    balena-rollback \
    timeinit \
    openssh \
    openssh-sshd \
    avahi-daemon \
    chrony \
    dnsmasq \
    plymouth \
    jq \
    iw \
    ${@balena.flags.network_manager_packages(d.getVar('NETWORK_MANAGER_PACKAGES'))} \
"
