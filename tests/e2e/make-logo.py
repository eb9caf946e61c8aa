#!/usr/bin/env python3
"""Writes a small PNG (a diagonal gradient, different on every run) for the profile's splash
logo, so the file found on the device can only have come from this run's profile.
   make-logo.py OUTPUT"""
import os
import struct
import sys
import zlib


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def main():
    width, height = 64, 32
    salt = os.urandom(3)
    rows = b"".join(
        b"\0" + b"".join(bytes(((x + y) * 4 + salt[0]) % 256 for _ in range(1)) + salt[1:] for x in range(width))
        for y in range(height))
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows))
           + chunk(b"IEND", b""))
    with open(sys.argv[1], "wb") as f:
        f.write(png)


main()
