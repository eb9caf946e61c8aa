# /etc/os-release carries both versions: VERSION_ID is the board's HOSTOS_VERSION and
# META_BALENA_VERSION the layer's DISTRO_VERSION (text made by lib/balena/flags.py, the
# same code that writes the boot partition's copy).
python do_compile () {
    import balena.flags
    text = balena.flags.os_release(
        d.getVar('DISTRO_VERSION'), d.getVar('HOSTOS_VERSION'), d.getVar('MACHINE'),
        balena.flags.development_image(d.getVar('DEVELOPMENT_IMAGE')))
    with open(d.expand('${B}/os-release'), 'w') as f:
        f.write(text)
}
do_compile[vardeps] += "DISTRO_VERSION HOSTOS_VERSION MACHINE DEVELOPMENT_IMAGE"
