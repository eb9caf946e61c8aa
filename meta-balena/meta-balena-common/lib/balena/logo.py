"""balena.logo: draws the default boot logo as a PNG with nothing but zlib.

The layer ships no binary artwork; the image build draws the logo (an isometric cube
outline on a transparent background) and users replace splash/resin-logo.png with their own.
"""

import struct
import sys
import zlib


def _chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def _inside(px, py, poly):
    inside = False
    j = len(poly) - 1
    for i, (xi, yi) in enumerate(poly):
        xj, yj = poly[j]
        if (yi > py) != (yj > py) and px < (xj - xi) * (py - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def cube_logo(size=240):
    """RGBA rows of a three-faced cube, each face its own shade of the balena blue."""
    c, r = size / 2.0, size * 0.45
    h = r * 0.5
    top = [(c, c - r), (c + r * 0.87, c - h), (c, c), (c - r * 0.87, c - h)]
    left = [(c - r * 0.87, c - h), (c, c), (c, c + r), (c - r * 0.87, c + h)]
    right = [(c, c), (c + r * 0.87, c - h), (c + r * 0.87, c + h), (c, c + r)]
    faces = [(top, (0x5b, 0xd1, 0xf4)), (left, (0x00, 0x8b, 0xc5)), (right, (0x00, 0x6a, 0x9c))]
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type: none
        for x in range(size):
            px = (0, 0, 0, 0)
            for poly, rgb in faces:
                if _inside(x + 0.5, y + 0.5, poly):
                    px = rgb + (255,)
                    break
            row.extend(px)
        rows.append(bytes(row))
    return size, size, b"".join(rows)


def png(width, height, raw_rgba_rows):
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw_rgba_rows, 9)) + _chunk(b"IEND", b""))


def write_logo(path, size=240):
    with open(path, "wb") as f:
        f.write(png(*cube_logo(size)))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: logo.py OUTPUT.png")
    write_logo(sys.argv[1])
