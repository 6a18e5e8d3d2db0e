"""Where our binaries look for shared libraries (issue 14, "Security").

Run by ctest as `/usr/bin/python3 -m unittest -v test_binaries` with
  MAILWRIGHT_BINARIES  a file listing every executable the build makes, one path a line
  MAILWRIGHT_BUILD_DIR the build tree (installed into a temporary prefix here)
  MAILWRIGHT_SEND      the built mailwright-send

An empty RUNPATH/RPATH element ("[::::]", or a leading/trailing ':') means the current
directory, and a relative one means a directory relative to it: either way, running the program
in a folder that holds a file named like one of its libraries loads that file. Every element
must be absolute or anchored at $ORIGIN.
"""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

ENV = os.environ
HERE = os.path.dirname(os.path.abspath(__file__))
DECOY_NAME = "libqt6keychain.so.1"   # a library mailwright-send really loads


def search_paths(binary):
    """{'RUNPATH': [...], 'RPATH': [...]} from readelf -d; elements as the loader splits them."""
    out = subprocess.run(["readelf", "-d", binary], capture_output=True, text=True, check=True).stdout
    found = {}
    for kind, value in re.findall(r"\((RUNPATH|RPATH)\)\s+Library (?:runpath|rpath): \[(.*)\]", out):
        found[kind] = value.split(":")
    return found


def unsafe_elements(binary):
    problems = []
    for kind, elements in search_paths(binary).items():
        for element in elements:
            if element == "" or not (element.startswith("/") or element.startswith("$ORIGIN")
                                     or element.startswith("${ORIGIN}")):
                problems.append(f"{kind} element {element!r}")
    return problems


class SearchPathTest(unittest.TestCase):
    def test_built_binaries(self):
        with open(ENV["MAILWRIGHT_BINARIES"], encoding="utf-8") as f:
            binaries = [line.strip() for line in f if line.strip()]
        names = {os.path.basename(b) for b in binaries}
        self.assertTrue({"mailwright", "mailwright-send"} <= names, names)
        for binary in binaries:
            with self.subTest(binary=os.path.basename(binary)):
                self.assertEqual(unsafe_elements(binary), [], binary)

    def test_installed_binaries(self):
        prefix = tempfile.mkdtemp(prefix="mailwright-install-")
        self.addCleanup(shutil.rmtree, prefix, ignore_errors=True)
        subprocess.run(["cmake", "--install", ENV["MAILWRIGHT_BUILD_DIR"], "--prefix", prefix],
                       check=True, capture_output=True)
        bindir = os.path.join(prefix, "bin")
        installed = sorted(os.listdir(bindir))
        self.assertIn("mailwright-send", installed)
        for name in installed:
            with self.subTest(binary=name):
                path = os.path.join(bindir, name)
                self.assertEqual(unsafe_elements(path), [], path)
                # Nothing of our own is installed as a shared library, so nothing to point at.
                self.assertEqual(search_paths(path), {}, path)


def real_library(binary, name):
    """The path the loader resolves `name` to for this binary (ldd)."""
    out = subprocess.run(["ldd", binary], capture_output=True, text=True, check=True).stdout
    match = re.search(rf"^\s*{re.escape(name)} => (\S+)", out, re.M)
    if not match:
        raise AssertionError(f"{binary} does not load {name}:\n{out}")
    return match.group(1)


def stubs_for(binary, library):
    """C definitions of every symbol `binary` takes from `library`: without them the loader
    stops at the first unresolved data symbol, before any constructor runs, and a decoy could
    never show that it was loaded. Functions are empty, data is zeroed space of the right size."""
    def symbols(*args):
        out = subprocess.run(["nm", "-D", *args], capture_output=True, text=True, check=True).stdout
        return out.splitlines()
    wanted = {line.split()[-1] for line in symbols("--undefined-only", binary)}
    lines = []
    for number, line in enumerate(symbols("--defined-only", "-S", library)):
        fields = line.split()
        if len(fields) != 4 or fields[3] not in wanted:
            continue
        _, size, kind, name = fields
        if kind in "Tt":
            lines.append(f'void stub{number}(void) __asm__("{name}");\nvoid stub{number}(void) {{}}')
        else:
            lines.append(f'__attribute__((aligned(16))) char data{number}[{max(int(size, 16), 1)}] '
                         f'__asm__("{name}");')
    return "\n".join(lines) + "\n"


class DecoyLibraryTest(unittest.TestCase):
    """mailwright-send run from a folder holding a library named like one of its own."""

    def setUp(self):
        send = ENV["MAILWRIGHT_SEND"]
        self.folder = tempfile.mkdtemp(prefix="mailwright-decoy-")
        self.addCleanup(shutil.rmtree, self.folder, ignore_errors=True)
        stubs = os.path.join(self.folder, "stubs.c")
        with open(stubs, "w", encoding="utf-8") as f:
            f.write(stubs_for(send, real_library(send, DECOY_NAME)))
        self.decoy = os.path.join(self.folder, DECOY_NAME)
        subprocess.run(["cc", "-shared", "-fPIC", f"-Wl,-soname,{DECOY_NAME}", "-o", self.decoy,
                        os.path.join(HERE, "decoy.c"), stubs], check=True)
        self.marker = os.path.join(self.folder, "decoy-loaded")

    def run_send(self, **extra):
        env = {k: v for k, v in ENV.items() if k not in ("LD_LIBRARY_PATH", "LD_PRELOAD")}
        env.update(MAILWRIGHT_DECOY_MARKER=self.marker, QT_QPA_PLATFORM="offscreen", **extra)
        return subprocess.run([ENV["MAILWRIGHT_SEND"], "--version"], cwd=self.folder, env=env,
                              capture_output=True, text=True, timeout=60)

    def test_decoy_is_seen_when_the_loader_looks_there(self):
        # The control: with the folder on the search path the decoy is loaded, and says so.
        completed = self.run_send(LD_LIBRARY_PATH=self.folder)
        self.assertTrue(os.path.exists(self.marker),
                        f"the decoy did not mark its loading:\n{completed.stderr}")

    def test_decoy_in_current_directory_is_not_loaded(self):
        completed = self.run_send()
        self.assertEqual(completed.returncode, 0, completed.stderr)
        self.assertFalse(os.path.exists(self.marker),
                         f"{DECOY_NAME} was loaded from the current directory")
        self.assertTrue(completed.stdout.strip() or completed.stderr.strip(), "--version printed something")


if __name__ == "__main__":
    unittest.main()
