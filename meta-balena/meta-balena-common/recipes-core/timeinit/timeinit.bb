SUMMARY = "Sets the clock early at boot: from the RTC, then from the build timestamp"
DESCRIPTION = "timeinit-rtc reads the RTC named in /etc/rtc, timeinit-timestamp moves \
the clock forward to the build time in /etc/timestamp; chronyd starts after both."
LICENSE = "Apache-2.0"
LIC_FILES_CHKSUM = "file://${BALENA_COREBASE}/COPYING.Apache-2.0;md5=3b83ef96387f14655fc854ddc3c6bd57"

SRC_URI = " \
    file://install.manifest \
    file://timeinit-rtc \
    file://timeinit-timestamp \
    file://timeinit-rtc.service \
    file://timeinit-timestamp.service \
    file://chronyd-timeinit.conf \
"

inherit allarch systemd balena-install

SYSTEMD_SERVICE_${PN} = "timeinit-rtc.service timeinit-timestamp.service"
RDEPENDS_${PN} = "bash coreutils util-linux-hwclock"
FILES_${PN} += "/lib/systemd/system"

do_install() {
    balena_install_manifest
}
