# balena-sanity: refuse unsupported build flags as soon as the configuration is parsed,
# with a message that says what to change (the logic is in lib/balena/flags.py).
python balena_sanity_check() {
    import balena.flags
    d = e.data
    try:
        balena.flags.storage_driver(d.getVar('BALENA_STORAGE'))
        balena.flags.check_distro_version(d.getVar('DISTRO_VERSION'))
        balena.flags.check_hostos_version(d.getVar('HOSTOS_VERSION'))
    except balena.flags.FlagError as err:
        bb.fatal("balenaOS build configuration: %s" % err)
}
addhandler balena_sanity_check
balena_sanity_check[eventmask] = "bb.event.ConfigParsed"
