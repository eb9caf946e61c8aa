# The Yocto release this layer adapts balenaOS to; the recipes and appends that only
# Sumo needs go in this layer.
BALENA_YOCTO_SERIES = "sumo"
