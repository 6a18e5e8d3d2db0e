"""mailwright-send through the two real submission servers of tools/testenv:

- Postfix's submission services, which log in through Dovecot's SASL with
  smtpd_tls_security_level=encrypt (STARTTLS, MAILWRIGHT_TEST_POSTFIX_SUBMISSION_PORT; implicit
  TLS, …_SUBMISSIONS_PORT), delivering to Postfix's Maildir;
- Dovecot's own submission service (STARTTLS and implicit TLS on MAILWRIGHT_TEST_DOVECOT_HOST),
  relaying to the aiosmtpd `relay` listener, which stores envelope and bytes in the maildir.

Every mode each allows (STARTTLS, implicit TLS) × every mechanism they offer (PLAIN, LOGIN,
CRAM-MD5): what arrives is compared with what was sent — envelope (sender, recipients with the
Bcc), headers (no Bcc), body and attachment bytes. `--security none` is refused by both (AUTH
only after TLS), with the advice to choose STARTTLS, and nothing is sent.

Run by ctest with the MAILWRIGHT_TEST_* variables of tools/testenv/start.sh; each class skips
only when its server's variable is absent (both need root), and an unreachable server fails.
"""

import email
import email.policy
import glob
import hashlib
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import uuid

ENV = os.environ
EXIT_OK, EXIT_AUTH = 0, 5
WAIT_SECONDS = 15.0
MECHANISMS = ("plain", "login", "cram-md5")
# A body with the byte-level traps: dot-stuffing, a lone dot, non-ASCII, a long line.
BODY = ".starts with a dot\n.\n中文内容，Ünïcödé ✓\n" + "long " * 40 + "end\nlast line\n"

SEND = CA = USER = PASSWORD = HOME = None


def setUpModule():
    global SEND, CA, USER, PASSWORD, HOME
    if "MAILWRIGHT_TEST_SMTP_HOST" not in ENV:
        raise unittest.SkipTest("MAILWRIGHT_TEST_SMTP_HOST is not set: run through tools/test.sh")
    SEND = ENV.get("MAILWRIGHT_SEND")
    if not SEND or not os.access(SEND, os.X_OK):
        raise RuntimeError(f"MAILWRIGHT_SEND={SEND!r} is not an executable mailwright-send")
    CA = ENV["MAILWRIGHT_TEST_CA"]
    USER = ENV["MAILWRIGHT_TEST_SMTP_USER"]
    PASSWORD = ENV["MAILWRIGHT_TEST_SMTP_PASSWORD"]
    HOME = tempfile.mkdtemp(prefix="mailwright-send-submission-")


def tearDownModule():
    if HOME:
        shutil.rmtree(HOME, ignore_errors=True)


def sha256(data):
    return hashlib.sha256(data).hexdigest()


class SubmissionTestCase:
    """The shared checks; subclasses say where the server is and where its mail lands."""
    maxDiff = None
    variable = None  # the environment variable whose absence skips the class

    @classmethod
    def setUpClass(cls):
        if cls.variable not in ENV:
            raise unittest.SkipTest(f"{cls.variable} is not set: tools/testenv/start.sh starts "
                                    "Postfix and Dovecot only as root with their packages installed")
        for port in (cls.starttls_port(), cls.tls_port()):
            socket.create_connection((cls.host(), port), timeout=5).close()

    def setUp(self):
        self.tag = "s" + uuid.uuid4().hex[:12]
        folder = tempfile.mkdtemp(prefix="mw-submission-")
        self.addCleanup(shutil.rmtree, folder, ignore_errors=True)
        self.attachment = os.path.join(folder, "报告 data.bin")
        self.attachment_bytes = os.urandom(150_000) + b"\r\n.\r\n--end"
        with open(self.attachment, "wb") as f:
            f.write(self.attachment_bytes)

    def rcpt(self, prefix):
        return f"{prefix}-{self.tag}@example.test"

    def run_send(self, port, security, *args):
        environment = dict(ENV, HOME=HOME, XDG_CONFIG_HOME=os.path.join(HOME, "config"),
                           XDG_DATA_HOME=os.path.join(HOME, "data"),
                           XDG_CACHE_HOME=os.path.join(HOME, "cache"), LANG="C.UTF-8",
                           QT_QPA_PLATFORM="offscreen", MW_SUBMISSION_SECRET=PASSWORD)
        environment.pop("MAILWRIGHT_DNS_SERVER", None)
        command = [SEND, "--server", f"{self.host()}:{port}", "--security", security,
                   "--ca-file", CA, "--timeout", "20", "--no-log",
                   "--user", USER, "--password-env", "MW_SUBMISSION_SECRET", *args]
        completed = subprocess.run(command, capture_output=True, env=environment, timeout=90)
        completed.stdout = completed.stdout.decode("utf-8", "replace")
        completed.stderr = completed.stderr.decode("utf-8", "replace")
        return completed

    def assertExit(self, completed, code):
        self.assertEqual(completed.returncode, code,
                         f"exit {completed.returncode}, expected {code}\n"
                         f"--- stderr ---\n{completed.stderr}\n--- stdout ---\n{completed.stdout}")

    def message_args(self, mechanism):
        return ["--auth", mechanism, "--from", f"Tester <{USER}>",
                "--to", f"Bob <{self.rcpt('to')}>", "--cc", self.rcpt("cc"), "--bcc", self.rcpt("bcc"),
                "--subject", f"Submission {self.tag} 测试", "--body", BODY, "--attach", self.attachment]

    def check_arrived(self, message, envelope_from, envelope_recipients):
        self.assertEqual(envelope_from, USER)
        self.assertCountEqual(envelope_recipients, [self.rcpt("to"), self.rcpt("cc"), self.rcpt("bcc")])
        self.assertEqual(str(message["Subject"]), f"Submission {self.tag} 测试")
        self.assertEqual(message["From"].addresses[0].addr_spec, USER)
        self.assertEqual([a.addr_spec for a in message["To"].addresses], [self.rcpt("to")])
        self.assertEqual([a.addr_spec for a in message["Cc"].addresses], [self.rcpt("cc")])
        self.assertIsNone(message["Bcc"])
        # Only the delivery's own trace fields (Postfix: one copy per recipient) may name it.
        written = [f"{name}: {value}" for name, value in message.items()
                   if name.lower() not in ("delivered-to", "x-original-to", "return-path")]
        self.assertFalse([f for f in written if self.rcpt("bcc") in f], "the Bcc recipient is in no header")
        plain = message.get_body(preferencelist=("plain",)).get_content()
        self.assertEqual(plain.replace("\r\n", "\n").rstrip("\n"), BODY.rstrip("\n"))
        attachments = list(message.iter_attachments())
        self.assertEqual([a.get_filename() for a in attachments], ["报告 data.bin"])
        self.assertEqual(sha256(attachments[0].get_payload(decode=True)), sha256(self.attachment_bytes))

    def test_every_mode_and_mechanism(self):
        for security, port in (("starttls", self.starttls_port()), ("tls", self.tls_port())):
            for mechanism in MECHANISMS:
                with self.subTest(security=security, mechanism=mechanism):
                    self.tag = "s" + uuid.uuid4().hex[:12]
                    completed = self.run_send(port, security, *self.message_args(mechanism))
                    self.assertExit(completed, EXIT_OK)
                    self.check_arrived(*self.wait_for_message())

    def test_security_none_is_refused_with_advice(self):
        completed = self.run_send(self.starttls_port(), "none", "--allow-plain-auth", "--transcript",
                                  *self.message_args("plain"))
        self.assertExit(completed, EXIT_AUTH)
        self.assertIn("offers STARTTLS and login only after it: choose STARTTLS", completed.stderr)
        self.assertNotRegex(completed.stderr, r"(?m)C:\s*AUTH", "no password over plain text")
        self.assertRegex(completed.stderr, r"(?m)C:\s*QUIT\s*$")
        self.assertNothingArrived()


class PostfixSubmissionTest(SubmissionTestCase, unittest.TestCase):
    """Postfix submission, Dovecot SASL, smtpd_tls_security_level=encrypt."""
    variable = "MAILWRIGHT_TEST_POSTFIX_SUBMISSION_PORT"

    @staticmethod
    def host():
        return "127.0.0.1"

    @staticmethod
    def starttls_port():
        return int(ENV["MAILWRIGHT_TEST_POSTFIX_SUBMISSION_PORT"])

    @staticmethod
    def tls_port():
        return int(ENV["MAILWRIGHT_TEST_POSTFIX_SUBMISSIONS_PORT"])

    def delivered(self):
        """{recipient: message} from Postfix's Maildir: virtual(8) writes one file per recipient
        with Delivered-To (the envelope recipient) and Return-Path (the envelope sender)."""
        found = []
        new = os.path.join(ENV["MAILWRIGHT_TEST_POSTFIX_MAILDIR"], "new")
        for name in sorted(os.listdir(new)):
            with open(os.path.join(new, name), "rb") as f:
                message = email.message_from_bytes(f.read(), policy=email.policy.default)
            if self.tag in str(message.get("Delivered-To", "")):
                found.append(message)
        return found

    def wait_for_message(self):
        deadline = time.monotonic() + WAIT_SECONDS
        while len(found := self.delivered()) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertEqual(len(found), 3, f"one delivery per recipient for {self.tag}")
        senders = {str(m["Return-Path"]).strip("<>") for m in found}
        self.assertEqual(len(senders), 1)
        for message in found:
            # RFC 3848: ESMTPSA = ESMTP with TLS and a successful AUTH.
            self.assertIn("with ESMTPSA", str(message["Received"]), "Postfix records TLS and the login")
        return found[0], senders.pop(), [str(m["Delivered-To"]) for m in found]

    def assertNothingArrived(self):
        time.sleep(1.0)   # asynchronous delivery: give a wrongly accepted message time to land
        self.assertEqual(self.delivered(), [])


class DovecotSubmissionTest(SubmissionTestCase, unittest.TestCase):
    """Dovecot submission (PLAIN, LOGIN, CRAM-MD5), relaying to aiosmtpd."""
    variable = "MAILWRIGHT_TEST_DOVECOT_SUBMISSION_PORT"

    @staticmethod
    def host():
        return ENV["MAILWRIGHT_TEST_DOVECOT_HOST"]

    @staticmethod
    def starttls_port():
        return int(ENV["MAILWRIGHT_TEST_DOVECOT_SUBMISSION_PORT"])

    @staticmethod
    def tls_port():
        return int(ENV["MAILWRIGHT_TEST_DOVECOT_SUBMISSIONS_PORT"])

    def stored(self):
        found = []
        maildir = ENV["MAILWRIGHT_TEST_MAILDIR"]
        for path in glob.glob(os.path.join(maildir, "*.json")):
            with open(path, encoding="utf-8") as f:
                meta = json.load(f)   # complete: the server renames it into place, .eml first
            if any(self.tag in r for r in meta["rcpt_tos"]):
                with open(path[:-len(".json")] + ".eml", "rb") as f:
                    found.append((meta, f.read()))
        return found

    def wait_for_message(self):
        deadline = time.monotonic() + WAIT_SECONDS
        while not (found := self.stored()) and time.monotonic() < deadline:
            time.sleep(0.05)
        self.assertEqual(len(found), 1, f"one relayed message for {self.tag}")
        meta, raw = found[0]
        self.assertEqual(meta["listener"], "relay", "it came through Dovecot's relay")
        message = email.message_from_bytes(raw, policy=email.policy.default)
        return message, meta["mail_from"], meta["rcpt_tos"]

    def assertNothingArrived(self):
        time.sleep(0.5)
        self.assertEqual(self.stored(), [])


if __name__ == "__main__":
    unittest.main()
