"""mailwright-send's message options against the real aiosmtpd: --attach, --html, --save-eml,
--dry-run. What arrives is read back with Python's email package and compared with what was
meant: attachment bytes by hash, the saved .eml byte for byte with what the server stored."""

import hashlib
import os
import tempfile
import unittest

import test_send_cli as base
from test_send_cli import CliTestCase

setUpModule = base.setUpModule
tearDownModule = base.tearDownModule

EXIT_OK = 0
EXIT_USAGE = 2


def sha256(data):
    return hashlib.sha256(data).hexdigest()


class MimeCliTest(CliTestCase):

    def make_file(self, name, data):
        folder = tempfile.mkdtemp(prefix="mw-attach-")
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data)
        self.addCleanup(lambda: (os.unlink(path), os.rmdir(folder)))
        return path

    def test_attachments_arrive_byte_exact(self):
        files = {
            "random.bin": os.urandom(3 * 1024 * 1024 + 17),
            "报告 résumé.txt": "第一行\n.second line starts with a dot\n--boundary-like\n".encode(),
            "empty.dat": b"",
        }
        paths = [self.make_file(name, data) for name, data in files.items()]
        args = []
        for path in paths:
            args += ["--attach", path]
        completed = self.run_send(*self.server_args("STARTTLS", "starttls"), *self.auth_args(),
                                  *self.message_args(), *args)
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        # The transfer-decoded bytes, not get_content(), which turns text into str.
        got = {part.get_filename(): part.get_payload(decode=True) for part in stored.message.iter_attachments()}
        self.assertEqual(sorted(got), sorted(files))
        for name, data in files.items():
            self.assertEqual(sha256(got[name]), sha256(data), name)
        self.assertIn(f"Hello from {self.tag}", stored.plain_text())
        # The UTF-8 text file is labelled as such, so a reader shows 第一行, not mojibake.
        text = next(p for p in stored.message.iter_attachments() if p.get_filename() == "报告 résumé.txt")
        self.assertEqual(text.get_content_type(), "text/plain")
        self.assertEqual(text.get_content_charset(), "utf-8")
        self.assertEqual(text.get_content(), files["报告 résumé.txt"].decode())
        binary = next(p for p in stored.message.iter_attachments() if p.get_filename() == "random.bin")
        self.assertIsNone(binary.get_content_charset())

    def test_save_eml_is_exactly_what_was_sent(self):
        attachment = self.make_file("data.bin", os.urandom(200_000))
        eml = os.path.join(tempfile.mkdtemp(prefix="mw-eml-"), "sent.eml")
        completed = self.run_send(*self.server_args("TLS", "tls"), *self.auth_args(),
                                  *self.message_args(body=".\n..dots\nend"), "--attach", attachment,
                                  "--save-eml", eml)
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        with open(eml, "rb") as f:
            saved = f.read()
        self.assertEqual(saved, stored.raw, "the .eml holds exactly the bytes the server received")

    def test_html_body_gets_a_plain_part(self):
        html = "<p>Hello <b>world</b>, 你好</p><ul><li>first item</li><li>second</li></ul>" \
               '<p><a href="https://example.org/x">the link</a></p>'
        args = self.message_args(body=html) + ["--html"]
        completed = self.run_send(*self.server_args("STARTTLS", "starttls"), *self.auth_args(), *args)
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        self.assertEqual(stored.message.get_content_type(), "multipart/alternative")
        html_part = stored.message.get_body(preferencelist=("html",))
        self.assertEqual(html_part.get_content().strip(), html)
        plain = stored.plain_text()
        for words in ("Hello world, 你好", "first item", "second", "https://example.org/x"):
            self.assertIn(words, plain)
        self.assertNotIn("<b>", plain)

    def test_dry_run_connects_nowhere(self):
        closed = ["--server", "127.0.0.1:9", "--security", "none"]
        completed = self.run_send(*closed, *self.message_args())
        self.assertNotEqual(completed.returncode, EXIT_OK)  # sanity: that server is unreachable
        with self.subTest("to stdout"):
            completed = self.run_send(*closed, *self.message_args(), "--dry-run")
            self.assertExit(completed, EXIT_OK)
            self.assertIn(f"Subject: Test {self.tag}", completed.stdout)
            self.assertIn("MIME-Version: 1.0", completed.stdout)
        with self.subTest("to a file"):
            eml = os.path.join(tempfile.mkdtemp(prefix="mw-eml-"), "dry.eml")
            completed = self.run_send(*closed, *self.message_args(), "--dry-run", "--save-eml", eml)
            self.assertExit(completed, EXIT_OK)
            with open(eml, "rb") as f:
                self.assertIn(f"Hello from {self.tag}".encode(), f.read())
        self.assertNothingStored()

    def test_missing_attachment_is_an_input_error_before_connecting(self):
        missing = os.path.join(tempfile.gettempdir(), f"no-such-{self.tag}.pdf")
        completed = self.run_send(*self.server_args("STARTTLS", "starttls"), *self.auth_args(),
                                  *self.message_args(), "--attach", missing, "--transcript")
        self.assertExit(completed, EXIT_USAGE)
        self.assertIn(os.path.basename(missing), completed.stderr)
        self.assertNotIn("EHLO", completed.stderr, "nothing was said to the server")
        self.assertNothingStored()


if __name__ == "__main__":
    unittest.main()
