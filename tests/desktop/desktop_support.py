"""Helpers for the desktop tests: a private session (home, XDG folders, runtime folder), a
Mailwright instance started in it offscreen, and the describe request of the instance protocol
(core/instance/InstanceProtocol.h: 4 octets of big-endian length, then UTF-8 JSON), spoken here
independently of the C++ side. The describe request is a test hook: the instance answers it only
when started with MAILWRIGHT_TEST_HOOKS=1."""

import json
import os
import signal
import socket
import struct
import subprocess
import tempfile
import time

SOCKET_NAME = "org.mailwright.Mailwright.socket"


class Session:
    """A person's session in a temporary folder: nothing of the real home is read or written."""

    def __init__(self, hooks=True):
        self.dir = tempfile.TemporaryDirectory(prefix="mailwright-desktop-")
        root = self.dir.name
        self.home = os.path.join(root, "home")
        self.runtime = os.path.join(root, "run")
        for folder in (self.home, self.runtime):
            os.makedirs(folder, mode=0o700)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.home,
            "XDG_CONFIG_HOME": os.path.join(self.home, ".config"),
            "XDG_DATA_HOME": os.path.join(self.home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(self.home, ".cache"),
            "XDG_RUNTIME_DIR": self.runtime,
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            # No keychain is ever reached: the D-Bus session points at nowhere.
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/mailwright-no-bus",
        }
        if hooks:
            self.env["MAILWRIGHT_TEST_HOOKS"] = "1"
        self.socket = os.path.join(self.runtime, SOCKET_NAME)
        self.processes = []

    def path(self, *parts):
        return os.path.join(self.dir.name, *parts)

    def start(self, program, *arguments, cwd=None):
        """Starts a process that may stay (an instance); its output goes to a log file."""
        log = open(self.path("process-%d.log" % len(self.processes)), "wb")
        process = subprocess.Popen([program, *arguments], env=self.env, cwd=cwd or self.home,
                                   stdout=log, stderr=subprocess.STDOUT)
        process.log_path = log.name
        log.close()
        self.processes.append(process)
        return process

    def run(self, program, *arguments, cwd=None, extra_env=None, timeout=60):
        """Runs a launch that must end (it hands its request over, or fails)."""
        env = dict(self.env, **(extra_env or {}))
        return subprocess.run([program, *arguments], env=env, cwd=cwd or self.home, capture_output=True,
                              text=True, timeout=timeout)

    def close(self):
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self.dir.cleanup()


def log_of(process):
    with open(process.log_path, "rb") as log:
        return log.read().decode("utf-8", "replace")


def request(socket_path, message, timeout=10):
    """Sends one request frame and returns the answer as a dict."""
    payload = json.dumps(message).encode("utf-8")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(timeout)
        connection.connect(socket_path)
        connection.sendall(struct.pack(">I", len(payload)) + payload)
        data = b""
        while True:
            chunk = connection.recv(65536)
            if not chunk:
                break
            data += chunk
    if len(data) < 4:
        raise ConnectionError("no answer")
    (length,) = struct.unpack(">I", data[:4])
    return json.loads(data[4:4 + length].decode("utf-8"))


def describe(socket_path):
    """Every composer window of the instance, oldest first; raises when the instance says no."""
    answer = request(socket_path, {"version": 1, "kind": "describe"})
    if not answer.get("ok"):
        raise RuntimeError(answer.get("error"))
    return answer["windows"]


def wait_for(condition, what, timeout=30):
    """Polls until condition() is true; a bound, not a measurement."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except (OSError, RuntimeError, ValueError) as error:
            last_error = error
        time.sleep(0.05)
    raise AssertionError("timed out waiting for %s (last error: %s)" % (what, last_error))


def windows_when(socket_path, count):
    """The instance's windows once there are `count` of them."""
    found = []

    def enough():
        found[:] = describe(socket_path)
        return len(found) == count
    wait_for(enough, "%d composer windows" % count)
    return found


def install_into(root):
    """`cmake --install` of the build tree into root (DESTDIR) with the prefix /usr, as the
    package does; returns every installed file, relative to root."""
    env = dict(os.environ, DESTDIR=root)
    subprocess.run([os.environ.get("CMAKE_COMMAND", "cmake"), "--install", os.environ["MAILWRIGHT_BUILD_DIR"],
                    "--prefix", "/usr"], env=env, check=True, stdout=subprocess.DEVNULL)
    installed = set()
    for folder, _, files in os.walk(root):
        for name in files:
            installed.add(os.path.relpath(os.path.join(folder, name), root))
    return installed


def clean_environment(**extra):
    """The environment a person's shell would give the installed programs: no display, no
    LD_LIBRARY_PATH, no Qt platform chosen."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("LD_LIBRARY_PATH", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env
