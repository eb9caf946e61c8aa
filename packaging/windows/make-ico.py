#!/usr/bin/env python3
"""Writes resources/icons/imprint.ico from the hicolor PNGs: an ICO whose images are PNG data
(what Windows Vista and later read), one per size, 256 px included.

    python3 packaging/windows/make-ico.py   # from the repository's root
"""
import pathlib
import struct

root = pathlib.Path(__file__).resolve().parents[2]
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [(root / f"resources/icons/hicolor/{s}x{s}/imprint.png").read_bytes() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
offset = len(header) + 16 * len(images)
entries = b""
for size, data in zip(sizes, images):
    # width, height (0 = 256), colours, reserved, planes, bits per pixel, bytes, offset
    entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
(root / "resources/icons/imprint.ico").write_bytes(header + entries + b"".join(images))
