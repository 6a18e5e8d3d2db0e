"""The Debian package, made as tools/package-deb.sh makes it (CPack from this build) into a
temporary folder, without installing it (tools/check-deb.sh does that, in CI): lintian finds no
error, the dependencies include what dpkg-shlibdeps cannot see, and it holds what Debian asks
for besides the installed files."""

import gzip
import os
import subprocess
import tempfile
import unittest

from test_install import EXPECTED

BUILD = os.environ["MAILWRIGHT_BUILD_DIR"]
SOURCE = os.environ["MAILWRIGHT_SOURCE_DIR"]
VERSION = os.environ["MAILWRIGHT_VERSION"]


class PackageTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.temporary = tempfile.TemporaryDirectory(prefix="mailwright-package-")
        made = subprocess.run([os.path.join(SOURCE, "tools", "package-deb.sh"), cls.temporary.name],
                              env=dict(os.environ, MAILWRIGHT_BUILD_DIR=BUILD), capture_output=True, text=True)
        if made.returncode != 0:
            raise AssertionError("tools/package-deb.sh failed: " + made.stderr)
        cls.deb = made.stdout.strip().splitlines()[-1]

    @classmethod
    def tearDownClass(cls):
        cls.temporary.cleanup()

    def field(self, name):
        return subprocess.run(["dpkg-deb", "-f", self.deb, name], capture_output=True, text=True,
                              check=True).stdout.strip()

    def test_lintian_finds_no_error(self):
        checked = subprocess.run(["lintian", "--fail-on", "error", self.deb], capture_output=True, text=True)
        self.assertEqual(checked.returncode, 0, checked.stdout + checked.stderr)
        self.assertNotIn("\nE: ", "\n" + checked.stdout)

    def test_control_fields(self):
        self.assertEqual(self.field("Package"), "mailwright")
        self.assertEqual(self.field("Version"), VERSION + "-1")
        self.assertEqual(self.field("Section"), "mail")
        depends = [entry.strip().split(" ")[0] for entry in self.field("Depends").split(",")]
        # What dpkg-shlibdeps finds, and the plugin and the tool it cannot see.
        for package in ("libqt6core6", "libqt6widgets6", "libqt6network6", "libqt6keychain1", "libqt6svg6",
                        "libqt6sql6-sqlite", "xdg-utils"):
            self.assertIn(package, depends)

    def test_contents(self):
        listed = subprocess.run(["dpkg-deb", "-c", self.deb], capture_output=True, text=True, check=True).stdout
        files = {line.split()[-1][2:] for line in listed.splitlines() if not line.startswith("d")}
        debian = {"usr/share/doc/mailwright/copyright", "usr/share/doc/mailwright/changelog.Debian.gz"}
        self.assertEqual(files, EXPECTED | debian)
        with tempfile.TemporaryDirectory() as unpacked:
            subprocess.run(["dpkg-deb", "-x", self.deb, unpacked], check=True)
            with gzip.open(os.path.join(unpacked, "usr/share/doc/mailwright/changelog.Debian.gz"), "rt") as changelog:
                self.assertTrue(changelog.readline().startswith("mailwright (%s-1) " % VERSION),
                                "the changelog's newest entry is this version")
            for program in ("mailwright", "mailwright-send"):
                sections = subprocess.run(["readelf", "-S", os.path.join(unpacked, "usr/bin", program)],
                                          capture_output=True, text=True, check=True).stdout
                self.assertNotIn(".debug_info", sections, program + " is stripped")


if __name__ == "__main__":
    unittest.main()
