"""Build-time logic of the balenaOS layer, importable by bitbake (OE_IMPORTS) and
runnable on its own so the tests exercise it without a Yocto build."""
