# balena-image: the partitioned balenaOS disk image (IMAGE_FSTYPES "balenaos-img").
# The layout and the boot partition are made by scripts/balena-boot-populate and
# scripts/balena-image-assemble, the scripts the tests and the demo image run:
#   1 boot FAT (resin-boot)  2 rootA (this image's ext4)  3 rootB  4 extended: 5 state, 6 data
# Sizes in MiB; every start and size aligned to 4 MiB.

BALENA_BOOT_SIZE ?= "100"
BALENA_STATE_SIZE ?= "80"
# Empty: (1460 - boot - state) / 2.
BALENA_ROOT_SIZE ?= ""
# Empty: the parts plus a 64 MiB data partition, which grows on first boot.
BALENA_IMAGE_SIZE ?= ""
BALENA_IMAGE_GPT ?= "0"
BALENA_BOOT_FAT32 ?= "0"
BALENA_BOOT_LABEL ?= "resin-boot"
BALENA_DEVICE_TYPE_JSON ?= "${BALENA_BOARD_ROOT}/${MACHINE}.json"
# Extra boot partition files from the deploy directory: "deployname:bootpath" pairs.
BALENA_BOOT_FILES ?= ""

IMAGE_TYPES += "balenaos-img"
IMAGE_TYPEDEP_balenaos-img = "ext4"
IMAGE_FSTYPES_append = " balenaos-img"
do_image_balenaos_img[depends] += " \
    dosfstools-native:do_populate_sysroot \
    mtools-native:do_populate_sysroot \
    e2fsprogs-native:do_populate_sysroot \
    util-linux-native:do_populate_sysroot \
    bmap-tools-native:do_populate_sysroot \
    jq-native:do_populate_sysroot \
"

IMAGE_CMD_balenaos-img () {
    boot="${WORKDIR}/balena-boot"
    ${BALENA_SCRIPTS_DIR}/balena-boot-populate --out "$boot" --machine "${MACHINE}" \
        --device-type-json "${BALENA_DEVICE_TYPE_JSON}" --distro-version "${DISTRO_VERSION}" \
        --hostos-version "${HOSTOS_VERSION}" --development "${DEVELOPMENT_IMAGE}" \
        --image-name "${IMAGE_NAME}" --timestamp "${DATETIME}"
    for pair in ${BALENA_BOOT_FILES}; do
        install -D -m 0644 "${DEPLOY_DIR_IMAGE}/${pair%%:*}" "$boot/${pair#*:}"
    done
    ${BALENA_SCRIPTS_DIR}/balena-image-assemble \
        --output "${IMGDEPLOYDIR}/${IMAGE_NAME}${IMAGE_NAME_SUFFIX}.balenaos-img" \
        --boot-dir "$boot" --boot-label "${BALENA_BOOT_LABEL}" \
        --rootfs "${IMGDEPLOYDIR}/${IMAGE_NAME}${IMAGE_NAME_SUFFIX}.ext4" \
        --boot-size-mb "${BALENA_BOOT_SIZE}" --state-size-mb "${BALENA_STATE_SIZE}" \
        ${@'--root-size-mb %s' % d.getVar('BALENA_ROOT_SIZE') if d.getVar('BALENA_ROOT_SIZE') else ''} \
        ${@'--image-size-mb %s' % d.getVar('BALENA_IMAGE_SIZE') if d.getVar('BALENA_IMAGE_SIZE') else ''} \
        ${@'--gpt' if d.getVar('BALENA_IMAGE_GPT') == '1' else ''} \
        ${@'--fat32' if d.getVar('BALENA_BOOT_FAT32') == '1' else ''}
}
IMAGE_CMD_balenaos-img[vardepsexclude] += "DATETIME"

# RESINHUP = "yes": the host OS update bundle, the root filesystem with its versions.
IMAGE_TYPES += "resinhup-tar"
IMAGE_FSTYPES_append = "${@' resinhup-tar' if balena.flags.resinhup(d.getVar('RESINHUP')) else ''}"
IMAGE_CMD_resinhup-tar () {
    tar -cJf "${IMGDEPLOYDIR}/${IMAGE_NAME}${IMAGE_NAME_SUFFIX}.resinhup-tar.xz" \
        --numeric-owner -C "${IMAGE_ROOTFS}" .
    cp "${IMAGE_ROOTFS}${sysconfdir}/os-release" "${IMGDEPLOYDIR}/${IMAGE_NAME}${IMAGE_NAME_SUFFIX}.resinhup-os-release"
}
