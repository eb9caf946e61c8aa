#!/usr/bin/env python3
"""Talks to a QEMU serial port exposed as a unix socket: logs in as root when asked, runs
each command given on the command line, prints what the console printed.
   serial.py SOCKET [--timeout S] COMMAND..."""
import socket
import sys
import time


def main():
    args = sys.argv[1:]
    path = args.pop(0)
    timeout = 60.0
    if args and args[0] == "--timeout":
        args.pop(0)
        timeout = float(args.pop(0))
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(path)
    s.settimeout(0.5)
    out = b""

    def read_until(marker, limit):
        nonlocal out
        end = time.time() + limit
        while time.time() < end:
            try:
                data = s.recv(4096)
            except socket.timeout:
                data = b""
            out += data
            if marker in out:
                return True
        return False

    s.sendall(b"\r")
    read_until(b"login:", timeout)
    s.sendall(b"root\r")
    read_until(b"# ", 30)
    for i, command in enumerate(args):
        marker = ("__done_%d__" % i).encode()
        # The marker is split in the typed text so the echo of the command does not match.
        s.sendall(command.encode() + b"; echo __do''ne_%d__\r" % i)
        read_until(marker + b"\r\n", timeout)
    sys.stdout.write(out.decode("utf-8", "replace"))


main()
