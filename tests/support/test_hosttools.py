#!/usr/bin/env python3
"""The host server of the tool bridge (hosttools.py), checked on Linux with a Wine prefix made
here (dosdevices links as Wine makes them): the protocol, Windows paths, a missing tool, the
timeout, the token, and start/stop by pid. The Windows build's tst_hosttool checks it again from
under Wine."""

import base64
import json
import os
import socket
import stat
import struct
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "hosttools.py")


def alive(pid):
    try:
        with open("/proc/%d/stat" % pid, encoding="ascii") as f:
            return f.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


class HostTools(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.prefix = os.path.join(self.dir.name, "prefix")
        os.makedirs(os.path.join(self.prefix, "dosdevices"))
        os.makedirs(os.path.join(self.prefix, "drive_c", "users", "me", "Temp"))
        os.symlink("../drive_c", os.path.join(self.prefix, "dosdevices", "c:"))
        os.symlink("/", os.path.join(self.prefix, "dosdevices", "z:"))
        self.state = os.path.join(self.dir.name, "hosttools.state")
        self.env = dict(os.environ, WINEPREFIX=self.prefix)
        self.start()

    def tearDown(self):
        self.command("stop")
        self.dir.cleanup()

    def command(self, *args):
        return subprocess.run([sys.executable, SERVER, *args, "--state", self.state],
                              env=self.env, capture_output=True, text=True, timeout=30,
                              check=False)

    def start(self, *extra):
        r = self.command("start", *extra)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(self.state, encoding="ascii") as f:
            pid, port, token = f.read().split()
        self.pid, self.port, self.token = int(pid), int(port), token

    def ask(self, program, args=(), stdin=b"", env=None, cwd="", timeout_ms=10000, token=None):
        """The answer as (exitCode, stdout, stderr), or None when the server hung up."""
        request = {"token": self.token if token is None else token, "program": program,
                   "args": list(args), "stdin": base64.b64encode(stdin).decode(),
                   "env": env or {}, "cwd": cwd, "timeoutMs": timeout_ms}
        with socket.create_connection(("127.0.0.1", self.port), timeout=60) as s:
            body = json.dumps(request).encode()
            s.sendall(struct.pack(">I", len(body)) + body)
            data = b""
            while True:
                chunk = s.recv(1 << 20)
                if not chunk:
                    break
                data += chunk
        if len(data) < 4:
            return None
        answer = json.loads(data[4:4 + struct.unpack(">I", data[:4])[0]])
        return (answer["exitCode"], base64.b64decode(answer["stdout"]),
                base64.b64decode(answer["stderr"]))

    def test_state_is_owner_only_and_names_a_listening_server(self):
        self.assertEqual(stat.S_IMODE(os.stat(self.state).st_mode), 0o600)
        self.assertTrue(alive(self.pid))
        self.assertEqual(len(self.token), 64)

    def test_exit_code_streams_stdin_environment(self):
        data = bytes(range(256)) * 4096
        code, out, err = self.ask("/bin/sh", ["-c", 'cat; printf "$X" >&2; exit 7'], data,
                                  {"X": "x=y"})
        self.assertEqual((code, out, err), (7, data, b"x=y"))

    def test_windows_paths_become_host_paths(self):
        folder = os.path.join(self.prefix, "drive_c", "users", "me", "Temp", "a b")
        os.makedirs(folder)
        with open(os.path.join(folder, "f.bin"), "wb") as f:
            f.write(b"\0data\xff")
        for name in ("C:/users/me/Temp/a b/f.bin", "C:\\users\\me\\Temp\\a b\\f.bin",
                     "c:\\users/me\\Temp/a b/f.bin", "Z:" + folder + "/f.bin",
                     "Z:" + folder.replace("/", "\\") + "\\f.bin"):
            self.assertEqual(self.ask("cat", [name])[:2], (0, b"\0data\xff"), name)
        self.assertEqual(self.ask("cat", ["f.bin"], cwd="C:\\users\\me\\Temp\\a b")[:2],
                         (0, b"\0data\xff"))
        # Not paths: left alone.
        self.assertEqual(self.ask("printf", ["%s|", "::/C:/x", "C:", "-C:/x", "/tmp"])[1],
                         b"::/C:/x|C:|-C:/x|/tmp|")
        # A path after "@@" (mtools' image@@offset) keeps its suffix.
        self.assertEqual(self.ask("printf", ["%s", "C:/users/x.img@@4096"])[1].decode(),
                         os.path.realpath(self.prefix) + "/drive_c/users/x.img@@4096")

    def test_missing_tool_is_127_at_once(self):
        t = time.monotonic()
        code, _, err = self.ask("imprint-no-such-tool")
        self.assertEqual(code, 127)
        self.assertIn(b"imprint-no-such-tool", err)
        self.assertLess(time.monotonic() - t, 5)

    def test_timeout_ends_the_tool_and_what_it_started(self):
        pids = os.path.join(self.dir.name, "pids")
        t = time.monotonic()
        code, _, err = self.ask("/bin/sh", ["-c", 'sleep 60 & echo $! > "$1"; sleep 60', "sh",
                                            pids], timeout_ms=300)
        self.assertEqual(code, -1)
        self.assertIn(b"timed out", err)
        self.assertLess(time.monotonic() - t, 10)
        with open(pids, encoding="ascii") as f:
            child = int(f.read())
        time.sleep(0.2)
        self.assertFalse(alive(child))

    def test_killed_tool_is_minus_one(self):
        self.assertEqual(self.ask("/bin/sh", ["-c", "kill -9 $$"])[0], -1)

    def test_wrong_token_runs_nothing(self):
        touched = os.path.join(self.dir.name, "touched")
        self.assertIsNone(self.ask("touch", [touched], token="0" + self.token))
        self.assertIsNone(self.ask("touch", [touched], token=""))
        self.assertFalse(os.path.exists(touched))
        self.assertEqual(self.ask("touch", [touched])[0], 0)
        self.assertTrue(os.path.exists(touched))

    def test_stop_ends_it_by_pid_and_start_replaces_a_left_one(self):
        first = self.pid
        self.start()  # the state still names the first: it is stopped first
        self.assertNotEqual(self.pid, first)
        self.assertFalse(alive(first))
        r = self.command("stop")
        self.assertEqual(r.returncode, 0)
        self.assertFalse(alive(self.pid))
        self.assertFalse(os.path.exists(self.state))
        self.assertEqual(self.command("stop").returncode, 0)  # nothing left: still fine

    def test_ends_itself_when_idle(self):
        self.command("stop")
        self.start("--idle", "1")
        deadline = time.monotonic() + 30
        while alive(self.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        self.assertFalse(alive(self.pid))
        self.assertFalse(os.path.exists(self.state))


if __name__ == "__main__":
    unittest.main(verbosity=2)
