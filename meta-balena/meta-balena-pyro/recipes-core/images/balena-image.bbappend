# The Yocto release this layer adapts balenaOS to; the recipes and appends that only
# Pyro needs go in this layer.
BALENA_YOCTO_SERIES = "pyro"
