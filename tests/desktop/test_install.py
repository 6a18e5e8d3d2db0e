"""`cmake --install` with DESTDIR into a temporary root, as a package is made: every file the
desktop needs is there and valid (desktop-file-validate, appstreamcli validate --no-net), the
installed programs run from the root with no RPATH and no LD_LIBRARY_PATH, no binary of the
build tree has an empty or relative RUNPATH element, translations are read from the installed
folder, and the man pages describe every option."""

import gzip
import os
import re
import shutil
import struct
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ElementTree
import zlib

from desktop_support import clean_environment, install_into

BUILD = os.environ["MAILWRIGHT_BUILD_DIR"]
SOURCE = os.environ["MAILWRIGHT_SOURCE_DIR"]
VERSION = os.environ["MAILWRIGHT_VERSION"]
APP_ID = "org.mailwright.Mailwright"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

EXPECTED = {
    "usr/bin/mailwright",
    "usr/bin/mailwright-send",
    "usr/share/applications/%s.desktop" % APP_ID,
    "usr/share/metainfo/%s.metainfo.xml" % APP_ID,
    "usr/share/icons/hicolor/scalable/apps/%s.svg" % APP_ID,
    "usr/share/mailwright/translations/mailwright_en.qm",
    "usr/share/mailwright/translations/mailwright_zh_CN.qm",
    "usr/share/man/man1/mailwright.1.gz",
    "usr/share/man/man1/mailwright-send.1.gz",
} | {"usr/share/icons/hicolor/%dx%d/apps/%s.png" % (size, size, APP_ID) for size in ICON_SIZES}


def elf_files(folder):
    for parent, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(parent, name)
            if os.path.islink(path) or not os.access(path, os.X_OK):
                continue
            with open(path, "rb") as file:
                if file.read(4) == b"\x7fELF":
                    yield path


def search_path_elements(binary):
    """Every element of the binary's RPATH and RUNPATH, as readelf shows them."""
    dynamic = subprocess.run(["readelf", "-d", binary], capture_output=True, text=True, check=True).stdout
    elements = []
    for match in re.finditer(r"\((?:RPATH|RUNPATH)\)\s+Library (?:rpath|runpath): \[(.*)\]", dynamic):
        elements.extend(match.group(1).split(":"))
    return elements


def options_in_help(program, env):
    shown = subprocess.run([program, "--help"], capture_output=True, text=True, env=env, check=True).stdout
    return sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", shown)))


def man_page_text(path):
    with gzip.open(path, "rt", encoding="utf-8") as page:
        return page.read()


class InstallTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.temporary = tempfile.TemporaryDirectory(prefix="mailwright-install-")
        cls.root = cls.temporary.name
        cls.installed = install_into(cls.root)

    @classmethod
    def tearDownClass(cls):
        cls.temporary.cleanup()

    def path(self, relative):
        return os.path.join(self.root, relative)

    def test_every_file_and_nothing_else(self):
        self.assertEqual(sorted(self.installed - EXPECTED), [], "installed but not expected")
        self.assertEqual(sorted(EXPECTED - self.installed), [], "expected but not installed")

    def test_desktop_file(self):
        desktop = self.path("usr/share/applications/%s.desktop" % APP_ID)
        checked = subprocess.run(["desktop-file-validate", desktop], capture_output=True, text=True)
        self.assertEqual(checked.returncode, 0, checked.stdout + checked.stderr)
        self.assertNotIn("error", checked.stdout + checked.stderr)
        with open(desktop, encoding="utf-8") as file:
            lines = file.read().splitlines()
        entry = lines[:lines.index("[Desktop Action new-message]")]
        action = lines[lines.index("[Desktop Action new-message]"):]
        for line in ("Exec=mailwright %u", "MimeType=x-scheme-handler/mailto;", "Icon=" + APP_ID,
                     "Categories=Office;Email;Network;", "Actions=new-message;", "Terminal=false"):
            self.assertIn(line, entry)
        for key in ("Name[zh_CN]=", "GenericName[zh_CN]=", "Comment[zh_CN]="):
            self.assertTrue(any(line.startswith(key) and len(line) > len(key) for line in entry), key)
        self.assertIn("Name=New Message", action)
        self.assertIn("Exec=mailwright", action)
        self.assertTrue(any(line.startswith("Name[zh_CN]=") for line in action))

    def test_appstream_metadata(self):
        metainfo = self.path("usr/share/metainfo/%s.metainfo.xml" % APP_ID)
        checked = subprocess.run(["appstreamcli", "validate", "--no-net", metainfo], capture_output=True, text=True)
        self.assertEqual(checked.returncode, 0, checked.stdout + checked.stderr)
        component = ElementTree.parse(metainfo).getroot()
        self.assertEqual(component.findtext("id"), APP_ID)
        self.assertEqual(component.findtext("launchable[@type='desktop-id']"), APP_ID + ".desktop")
        self.assertIn("usr/share/applications/%s.desktop" % APP_ID, self.installed)
        self.assertEqual(component.find("releases/release").get("version"), VERSION, "newest release")
        self.assertIsNotNone(component.find("content_rating[@type='oars-1.1']"))
        images = [image.text for image in component.findall("screenshots/screenshot/image")]
        self.assertTrue(images)
        for image in images:
            self.assertTrue(image.startswith("https://"), image)
            published = os.path.join(SOURCE, "docs", os.path.basename(image))
            self.assertTrue(os.path.isfile(published), "the screenshot is in the repository: " + published)

    def test_icons(self):
        svg = ElementTree.parse(self.path("usr/share/icons/hicolor/scalable/apps/%s.svg" % APP_ID)).getroot()
        self.assertEqual(svg.tag, "{http://www.w3.org/2000/svg}svg")
        for size in ICON_SIZES:
            with open(self.path("usr/share/icons/hicolor/%dx%d/apps/%s.png" % (size, size, APP_ID)), "rb") as png:
                data = png.read()
            self.assertEqual(data[:8], b"\x89PNG\r\n\x1a\n")
            width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
            self.assertEqual((width, height), (size, size))
            self.assertEqual((depth, colour), (8, 6), "8-bit RGBA")
            # The top-left pixel: whatever the first row's filter, its first pixel is stored as is.
            chunks, offset = b"", 8
            while offset < len(data):
                length, kind = struct.unpack(">I4s", data[offset:offset + 8])
                if kind == b"IDAT":
                    chunks += data[offset + 8:offset + 8 + length]
                offset += 12 + length
            self.assertEqual(zlib.decompress(chunks)[1 + 3], 0, "the corner of the %d px icon is transparent" % size)
            self.assertGreater(len(data), 60, "an image, not an empty file")

    def test_installed_programs_run_from_the_root(self):
        env = clean_environment(LANG="C.UTF-8")
        for program, expected in (("mailwright", "Mailwright %s" % VERSION),
                                  ("mailwright-send", "mailwright-send %s" % VERSION)):
            ran = subprocess.run([self.path("usr/bin/" + program), "--version"], capture_output=True,
                                 text=True, env=env, cwd=self.root, timeout=60)
            self.assertEqual(ran.returncode, 0, ran.stderr)
            self.assertEqual(ran.stdout.strip(), expected)

    def test_no_rpath_installed_and_no_empty_or_relative_runpath_built(self):
        for program in ("usr/bin/mailwright", "usr/bin/mailwright-send"):
            self.assertEqual(search_path_elements(self.path(program)), [], program)
        built = list(elf_files(BUILD))
        self.assertTrue(any(path.endswith("/app/mailwright") for path in built))
        for binary in built:
            for element in search_path_elements(binary):
                self.assertNotEqual(element, "", binary + ": an empty element means the current folder")
                self.assertTrue(element.startswith("/") or element.startswith("$ORIGIN"),
                                binary + ": relative element " + element)

    def test_translations_are_read_from_the_installed_folder(self):
        # A root whose installed translation says something of its own: the program must show it.
        with tempfile.TemporaryDirectory(prefix="mailwright-translations-") as root:
            os.makedirs(os.path.join(root, "usr/bin"))
            folder = os.path.join(root, "usr/share/mailwright/translations")
            os.makedirs(folder)
            shutil.copy2(self.path("usr/bin/mailwright-send"), os.path.join(root, "usr/bin"))
            source = os.path.join(root, "marker.ts")
            with open(source, "w", encoding="utf-8") as ts:
                ts.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                         '<TS version="2.1" language="zh_CN"><context><name>SendCommand</name><message>'
                         '<source>Sends one message over SMTP and shows what the server said.</source>'
                         '<translation>INSTALLED-TRANSLATION</translation></message></context></TS>\n')
            subprocess.run([os.environ["LRELEASE"], "-silent", source, "-qm",
                            os.path.join(folder, "mailwright_zh_CN.qm")], check=True)
            env = clean_environment(LANG="zh_CN.UTF-8", LC_ALL="zh_CN.UTF-8")
            shown = subprocess.run([os.path.join(root, "usr/bin/mailwright-send"), "--help"], capture_output=True,
                                   text=True, env=env, check=True).stdout
            self.assertIn("INSTALLED-TRANSLATION", shown)
            # Without the folder, the copy built into the program speaks.
            shutil.rmtree(folder)
            shown = subprocess.run([os.path.join(root, "usr/bin/mailwright-send"), "--help"], capture_output=True,
                                   text=True, env=env, check=True).stdout
            self.assertNotIn("INSTALLED-TRANSLATION", shown)
            self.assertNotIn("Sends one message over SMTP", shown)

    def test_man_pages_describe_every_option(self):
        env = clean_environment(LANG="C.UTF-8")
        for program in ("mailwright", "mailwright-send"):
            page = self.path("usr/share/man/man1/%s.1.gz" % program)
            text = man_page_text(page)
            plain = text.replace("\\-", "-")
            options = options_in_help(self.path("usr/bin/" + program), env)
            self.assertIn("--attach", options)
            section = re.search(r"^\.SH OPTIONS\n(.*?)^\.SH ", plain, re.MULTILINE | re.DOTALL)
            self.assertTrue(section, "%s(1) has no OPTIONS section" % program)
            for option in options:
                # In OPTIONS, set in bold on a line of its own (.B, .BI, .BR), as man(7) writes one.
                described = re.search(r"^\.B[IR]?\s.*(?<![\w-])%s(?![\w-])" % re.escape(option), section.group(1),
                                      re.MULTILINE)
                self.assertTrue(described, "%s(1) does not describe %s" % (program, option))
            self.assertIn('"Mailwright %s"' % VERSION, text.splitlines()[2], "the .TH line names the version")
            rendered = subprocess.run(["groff", "-man", "-ww", "-z"], input=text, capture_output=True, text=True)
            self.assertEqual(rendered.returncode, 0)
            self.assertEqual(rendered.stderr, "", "groff warnings in %s(1)" % program)


if __name__ == "__main__":
    unittest.main()
