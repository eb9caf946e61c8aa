# shellcheck shell=bash
# Sourced by the flash benchmarks: bench_image DIR makes DIR/bench.img, a 1.5 GiB
# balenaOS-shaped image with 230 MB of data (the layer's assembler) and a boot partition with
# a config.json, and its DIR/bench.img.bmap. Needs $root (the repository).
# shellcheck disable=SC2154 # root: set by the script that sources this
bench_image() {
  local dir=$1
  mkdir -p "$dir/boot"
  echo "bench" > "$dir/boot/config.txt"
  python3 "$root/meta-balena/meta-balena-common/lib/balena/flags.py" config-json \
    --slug qemux86-64 --development 0 > "$dir/boot/config.json"
  "$root/meta-balena/scripts/balena-image-assemble" --output "$dir/bench.img" \
    --boot-dir "$dir/boot" --image-size-mb 1536 --filler-mb 230 >/dev/null
}
