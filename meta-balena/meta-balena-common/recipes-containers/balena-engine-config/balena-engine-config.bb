SUMMARY = "Storage driver setting for the container engine (BALENA_STORAGE)"
DESCRIPTION = "A systemd drop-in for balena-engine.service that sets the storage driver \
chosen with BALENA_STORAGE (aufs or overlay2; anything else stops the build)."
LICENSE = "Apache-2.0"
LIC_FILES_CHKSUM = "file://${BALENA_COREBASE}/COPYING.Apache-2.0;md5=3b83ef96387f14655fc854ddc3c6bd57"

inherit allarch

BALENA_STORAGE_DRIVER = "${@balena.flags.storage_driver(d.getVar('BALENA_STORAGE'))}"
FILES_${PN} += "/lib/systemd/system/balena-engine.service.d"

do_install() {
    install -d ${D}/lib/systemd/system/balena-engine.service.d
    printf '[Service]\nEnvironment="BALENA_STORAGE_DRIVER=%s"\n' "${BALENA_STORAGE_DRIVER}" \
        > ${D}/lib/systemd/system/balena-engine.service.d/storage.conf
}
do_install[vardeps] += "BALENA_STORAGE"
