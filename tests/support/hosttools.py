#!/usr/bin/env python3
"""The host side of the tests' tool bridge (tests/support/hosttool.h).

Under Wine a Windows test can start a Linux program but never learns its exit code or output,
so the Windows build's tests ask this server to run the real Linux tool (mkfs.fat, mtools,
sfdisk, xz...) and send back its exit code, stdout and stderr. ctest starts it before the tests
(a FIXTURES_SETUP test) and stops it after them (FIXTURES_CLEANUP), by its own pid.

    hosttools.py start --state FILE [--idle SECONDS]   listen on 127.0.0.1, a random port
    hosttools.py stop --state FILE                     stop the server FILE names

The state FILE (owner-only) is one line, "PID PORT TOKEN" (a random token); packaging/windows/
wine-run.sh reads it and gives the port and token to the test as IMPRINT_HOSTTOOLS_PORT and
IMPRINT_HOSTTOOLS_TOKEN. A request without the token is dropped unanswered.

One request per connection, each way a 4-byte big-endian length and that many bytes of JSON:
  request  {"token", "program", "args": [..], "stdin": base64, "env": {NAME: value},
            "cwd": dir, "timeoutMs": n}
  answer   {"exitCode": n, "stdout": base64, "stderr": base64}
Arguments (and cwd) that are Windows paths (C:\\..., Z:/...) become host paths through the Wine
prefix's dosdevices links; nothing in the output is rewritten. A program that is not installed
answers 127 and says so on stderr; one that runs past its timeout is killed (with everything
it started) and answers -1, as does one killed by a signal.
"""

import argparse
import base64
import hmac
import json
import os
import re
import secrets
import signal
import socket
import socketserver
import struct
import subprocess
import sys
import threading
import time

MAX_MESSAGE = 512 << 20
DEFAULT_TIMEOUT_MS = 300_000
MAX_TIMEOUT_MS = 3_600_000
MARKER = "imprint-hosttools-serve"
WINDOWS_PATH = re.compile(r"^([A-Za-z]):[\\/](.*)$", re.DOTALL)


def wine_prefix():
    """The prefix packaging/windows/wine-run.sh uses."""
    if os.environ.get("WINEPREFIX"):
        return os.environ["WINEPREFIX"]
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(cache, "imprint-wine-prefix")


def host_path(text, prefix):
    """A Windows path as the host sees it, or the text unchanged when it is not one."""
    m = WINDOWS_PATH.match(text)
    if not m:
        return text
    drive = os.path.realpath(os.path.join(prefix, "dosdevices", m.group(1).lower() + ":"))
    rest = m.group(2).replace("\\", "/")
    return drive.rstrip("/") + "/" + rest if rest else drive


def recv_exact(sock, n):
    chunks = []
    while n > 0:
        chunk = sock.recv(min(n, 1 << 20))
        if not chunk:
            raise EOFError("connection closed")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def recv_message(sock):
    (length,) = struct.unpack(">I", recv_exact(sock, 4))
    if length > MAX_MESSAGE:
        raise ValueError("message of %d bytes" % length)
    return json.loads(recv_exact(sock, length).decode("utf-8"))


def send_message(sock, obj):
    data = json.dumps(obj).encode("utf-8")
    sock.sendall(struct.pack(">I", len(data)) + data)


def run(request, prefix):
    """Runs one request; the answer as a dict."""
    program = host_path(str(request["program"]), prefix)
    args = [host_path(str(a), prefix) for a in request.get("args", [])]
    env = dict(os.environ)
    env.update({str(k): str(v) for k, v in request.get("env", {}).items()})
    cwd = host_path(str(request.get("cwd") or ""), prefix) or None
    if cwd is not None and not os.path.isdir(cwd):
        cwd = None  # a folder only the Windows side has: run where the server runs
    stdin = base64.b64decode(request.get("stdin", ""))
    timeout = min(max(int(request.get("timeoutMs", DEFAULT_TIMEOUT_MS)), 1), MAX_TIMEOUT_MS)

    def answer(code, out=b"", err=b""):
        return {"exitCode": code, "stdout": base64.b64encode(out).decode("ascii"),
                "stderr": base64.b64encode(err).decode("ascii")}

    try:
        proc = subprocess.Popen([program] + args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, cwd=cwd,
                                start_new_session=True)
    except FileNotFoundError:
        return answer(127, err=("hosttools: %s: not installed on the host\n" % program).encode())
    except PermissionError:
        return answer(126, err=("hosttools: %s: cannot be run\n" % program).encode())
    except OSError as e:
        return answer(127, err=("hosttools: %s: %s\n" % (program, e)).encode())
    try:
        out, err = proc.communicate(stdin, timeout=timeout / 1000)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return answer(-1, out, err + ("\nhosttools: %s: timed out after %d ms\n"
                                      % (program, timeout)).encode())
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # whatever it left running in the background
        except ProcessLookupError:
            pass
    return answer(proc.returncode if proc.returncode >= 0 else -1, out, err)


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, token, prefix, idle):
        super().__init__(("127.0.0.1", 0), Handler)
        self.token = token
        self.prefix = prefix
        self.idle = idle
        self.last = time.monotonic()
        self.busy = 0
        self.lock = threading.Lock()


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        server = self.server
        self.request.settimeout(60)
        try:
            request = recv_message(self.request)
        except (OSError, ValueError, EOFError):
            return
        if not hmac.compare_digest(str(request.get("token", "")), server.token):
            return
        with server.lock:
            server.busy += 1
        try:
            self.request.settimeout(None)
            send_message(self.request, run(request, server.prefix))
        except (OSError, ValueError, KeyError, TypeError) as e:
            try:
                send_message(self.request, {"exitCode": -1, "stdout": "", "stderr": base64.
                                            b64encode(("hosttools: %s\n" % e).encode()).decode()})
            except OSError:
                pass
        finally:
            with server.lock:
                server.busy -= 1
                server.last = time.monotonic()


def watch_idle(server):
    """Ends the server after `idle` seconds without a request (a cleanup that never ran)."""
    while True:
        time.sleep(5)
        with server.lock:
            quiet = server.busy == 0 and time.monotonic() - server.last > server.idle
        if quiet:
            server.shutdown()
            return


def read_state(path):
    """{"pid", "port", "token"} from the state file's one line, or None."""
    try:
        with open(path, encoding="utf-8") as f:
            pid, port, token = f.read().split()
        return {"pid": int(pid), "port": int(port), "token": token}
    except (OSError, ValueError):
        return None


def is_our_server(pid):
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return MARKER.encode() in f.read().split(b"\0")
    except OSError:
        return False


def stop(state_path):
    state = read_state(state_path)
    if state is None:
        print("hosttools: no server (%s)" % state_path)
        return 0
    pid = int(state["pid"])
    if is_our_server(pid):
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            if not is_our_server(pid):
                break
            time.sleep(0.05)
        else:
            os.kill(pid, signal.SIGKILL)
        print("hosttools: stopped the server (pid %d)" % pid)
    else:
        print("hosttools: the server (pid %d) had already ended" % pid)
    try:
        os.unlink(state_path)
    except FileNotFoundError:
        pass  # the server removes it itself as it ends
    return 0


def serve(state_path, idle, ready_fd):
    token = secrets.token_hex(32)
    server = Server(token, wine_prefix(), idle)
    port = server.server_address[1]
    tmp = state_path + ".tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("%d %d %s\n" % (os.getpid(), port, token))
    os.replace(tmp, state_path)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    os.write(ready_fd, b"%d\n" % port)
    os.close(ready_fd)
    threading.Thread(target=watch_idle, args=(server,), daemon=True).start()
    server.serve_forever(poll_interval=0.2)
    server.server_close()
    if (read_state(state_path) or {}).get("pid") == os.getpid():
        os.unlink(state_path)


def start(state_path, idle, log_path):
    state_path = os.path.abspath(state_path)
    if os.path.exists(state_path):
        stop(state_path)  # one left by a run that ended before its cleanup
    read_end, write_end = os.pipe()
    os.set_inheritable(write_end, True)
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        os.setsid()
        # Away from ctest's pipes: ctest waits for them to close.
        log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.execv(sys.executable, [sys.executable, os.path.abspath(__file__), MARKER,
                                  state_path, str(idle), str(write_end)])
    os.close(write_end)
    with os.fdopen(read_end, "rb") as ready:
        line = ready.readline().strip()
    if not line:
        print("hosttools: the server did not start (see %s)" % log_path, file=sys.stderr)
        return 1
    print("hosttools: listening on 127.0.0.1:%s (pid %d, Wine prefix %s)"
          % (line.decode(), pid, wine_prefix()))
    return 0


def main(argv):
    if len(argv) == 5 and argv[1] == MARKER:
        serve(argv[2], int(argv[3]), int(argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("start")
    p.add_argument("--state", required=True)
    p.add_argument("--idle", type=int, default=1800, help="seconds without a request")
    p.add_argument("--log", help="the server's own messages (default: STATE.log)")
    p = sub.add_parser("stop")
    p.add_argument("--state", required=True)
    args = parser.parse_args(argv[1:])
    if args.command == "start":
        return start(args.state, args.idle, args.log or args.state + ".log")
    return stop(args.state)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
