"""Integration tests of `mailwright-send` against a real Postfix (tools/testenv/postfix.sh).

Run by ctest as `/usr/bin/python3 -m unittest -v test_send_postfix` with MAILWRIGHT_SEND set to
the built binary and the MAILWRIGHT_TEST_* variables from tools/testenv/start.sh in the
environment. The module skips only when MAILWRIGHT_TEST_POSTFIX_PORT is absent (start.sh runs
Postfix only as root); a Postfix that does not answer is a failure.

Postfix delivers asynchronously (smtpd -> cleanup -> qmgr -> virtual), so a message appears in
the Maildir a moment after the CLI exits: the tests poll with a bounded wait. Every recipient of
every test goes to the one Maildir, so each test finds its message by a unique tag.
"""

import email
import email.policy
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import uuid

ENV = os.environ
EXIT_OK, EXIT_PARTLY_REFUSED, EXIT_USAGE, EXIT_CONNECTION, EXIT_TLS, EXIT_AUTH, EXIT_REFUSED = range(7)
DELIVERY_WAIT = 10.0

HOST = "127.0.0.1"
SEND = PORT = MAILDIR = CA = SIZE_LIMIT = HOME = None


def setUpModule():
    global SEND, PORT, MAILDIR, CA, SIZE_LIMIT, HOME
    if "MAILWRIGHT_TEST_POSTFIX_PORT" not in ENV:
        raise unittest.SkipTest("MAILWRIGHT_TEST_POSTFIX_PORT is not set: tools/testenv/start.sh "
                                "starts Postfix only as root with the postfix package installed")
    SEND = ENV.get("MAILWRIGHT_SEND")
    if not SEND or not os.access(SEND, os.X_OK):
        raise RuntimeError(f"MAILWRIGHT_SEND={SEND!r} is not an executable mailwright-send")
    PORT = int(ENV["MAILWRIGHT_TEST_POSTFIX_PORT"])
    MAILDIR = ENV["MAILWRIGHT_TEST_POSTFIX_MAILDIR"]
    SIZE_LIMIT = int(ENV["MAILWRIGHT_TEST_POSTFIX_SIZE_LIMIT"])
    CA = ENV["MAILWRIGHT_TEST_CA"]
    socket.create_connection((HOST, PORT), timeout=5).close()   # unreachable: an error, not a skip
    HOME = tempfile.mkdtemp(prefix="mailwright-send-postfix-")


def tearDownModule():
    if HOME:
        shutil.rmtree(HOME, ignore_errors=True)


class PostfixTest(unittest.TestCase):
    maxDiff = None

    def setUp(self):
        self.tag = "p" + uuid.uuid4().hex[:12]

    def rcpt(self, prefix="to", domain="example.org"):
        return f"{prefix}-{self.tag}@{domain}"

    def run_send(self, *args, security="none", ca=False, timeout=90, port=None):
        environment = dict(ENV, HOME=HOME, XDG_CONFIG_HOME=os.path.join(HOME, "config"),
                           XDG_DATA_HOME=os.path.join(HOME, "data"),
                           XDG_CACHE_HOME=os.path.join(HOME, "cache"), LANG="C.UTF-8",
                           QT_QPA_PLATFORM="offscreen")
        environment.pop("MAILWRIGHT_DNS_SERVER", None)
        command = [SEND, "--server", f"{HOST}:{port or PORT}", "--security", security, "--timeout", "20",
                   *(["--ca-file", CA] if ca else []), "--no-log", *args]
        completed = subprocess.run(command, capture_output=True, env=environment, timeout=timeout)
        completed.stdout = completed.stdout.decode("utf-8", "replace")
        completed.stderr = completed.stderr.decode("utf-8", "replace")
        return completed

    def message_args(self, to=None, body=None):
        return ["--from", f"Sender <sender-{self.tag}@example.org>", "--to", to or self.rcpt(),
                "--subject", f"Postfix {self.tag}", "--body", body or f"Hello Postfix {self.tag}\n"]

    def assertExit(self, completed, code):
        self.assertEqual(completed.returncode, code,
                         f"exit {completed.returncode}, expected {code}\n"
                         f"--- stderr ---\n{completed.stderr}\n--- stdout ---\n{completed.stdout}")

    # --- the Maildir --------------------------------------------------------------------------

    def delivered(self):
        """Messages in new/ whose Delivered-To carries this test's tag (virtual(8) adds it)."""
        found = []
        new = os.path.join(MAILDIR, "new")
        for name in sorted(os.listdir(new)):
            with open(os.path.join(new, name), "rb") as f:   # complete: virtual renames tmp/ -> new/
                raw = f.read()
            message = email.message_from_bytes(raw, policy=email.policy.default)
            if self.tag in str(message.get("Delivered-To", "")):
                found.append(message)
        return found

    def wait_for_delivery(self, count=1):
        deadline = time.monotonic() + DELIVERY_WAIT
        while True:
            found = self.delivered()
            if len(found) >= count or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        self.assertEqual(len(found), count, f"messages delivered for {self.tag} within "
                                            f"{DELIVERY_WAIT} s (log: $MAILWRIGHT_TEST_STATE_DIR/postfix.log)")
        return found[0] if count == 1 else found

    def assertNothingDelivered(self):
        time.sleep(1.0)   # asynchronous delivery: give a wrongly accepted message time to land
        self.assertEqual(self.delivered(), [], f"nothing should be delivered for {self.tag}")

    # --- (a) plain SMTP -----------------------------------------------------------------------

    def test_plain_smtp_with_attachment(self):
        payload = bytes(range(256)) * 40 + "附件 ✓\n".encode()
        with tempfile.NamedTemporaryFile("wb", prefix="mw-attach-", suffix=".bin",
                                         delete=False) as f:
            f.write(payload)
        self.addCleanup(os.unlink, f.name)
        body = f"Hello Postfix {self.tag}\n.line starting with a dot\n中文 ✓\n"
        completed = self.run_send(*self.message_args(body=body), "--attach", f.name)
        self.assertExit(completed, EXIT_OK)
        message = self.wait_for_delivery()
        self.assertEqual(str(message["Subject"]), f"Postfix {self.tag}")
        self.assertEqual(message["Delivered-To"], self.rcpt())
        self.assertEqual(message["Return-Path"], f"<sender-{self.tag}@example.org>")
        self.assertEqual(message.get_body(preferencelist=("plain",)).get_content()
                         .replace("\r\n", "\n").rstrip("\n"), body.rstrip("\n"))
        attachments = list(message.iter_attachments())
        self.assertEqual([a.get_filename() for a in attachments], [os.path.basename(f.name)])
        self.assertEqual(attachments[0].get_content(), payload)
        self.assertNotIn("TLS", str(message["Received"]), "plain SMTP: no TLS")

    # --- (b) STARTTLS -------------------------------------------------------------------------

    def test_starttls_with_test_ca(self):
        completed = self.run_send(*self.message_args(), security="starttls", ca=True)
        self.assertExit(completed, EXIT_OK)
        message = self.wait_for_delivery()
        received = str(message["Received"])   # the first (topmost): Postfix's smtpd
        self.assertRegex(received, r"\(using TLSv1\.[23] with cipher ",
                         "smtpd_tls_received_header: Postfix says the session was TLS")
        self.assertEqual(str(message["Subject"]), f"Postfix {self.tag}")

    # --- (c) a recipient Postfix will not relay to ----------------------------------------------

    def test_unknown_domain_refused(self):
        completed = self.run_send(*self.message_args(to=self.rcpt(domain="elsewhere.invalid")))
        self.assertExit(completed, EXIT_REFUSED)
        self.assertRegex(completed.stderr, r"5\d\d[ -]", "the server's reply code")
        self.assertIn("Relay access denied", completed.stderr, "the server's own words")

    def test_unknown_domain_among_good_recipients(self):
        good = self.rcpt("good")
        completed = self.run_send("--from", f"sender-{self.tag}@example.org", "--to", good,
                                  "--to", self.rcpt("bad", "elsewhere.invalid"),
                                  "--subject", f"Postfix {self.tag}", "--body", "x\n")
        self.assertExit(completed, EXIT_PARTLY_REFUSED)
        self.assertIn("Relay access denied", completed.stderr)
        self.assertEqual(self.wait_for_delivery()["Delivered-To"], good)

    def test_too_many_errors_421_and_close(self):
        # smtpd_hard_error_limit = 1: the refused RCPT is the one error allowed; Postfix answers
        # the next pipelined RCPT with "421 4.7.0 … Error: too many errors" and closes at once.
        # The result must be that 421 in Postfix's words, not "the server closed the connection".
        completed = self.run_send("--from", f"sender-{self.tag}@example.org",
                                  "--to", self.rcpt("bad", "elsewhere.invalid"), "--to", self.rcpt("good"),
                                  "--subject", f"Postfix {self.tag}", "--body", "x\n", "--transcript",
                                  port=int(ENV["MAILWRIGHT_TEST_POSTFIX_ERRORLIMIT_PORT"]))
        self.assertExit(completed, EXIT_REFUSED)
        self.assertRegex(completed.stderr, r"(?m)S:\s*421 4\.7\.0 .*too many errors")
        last = completed.stderr.strip().splitlines()[-1]
        self.assertIn("421 4.7.0", last, "the one line on stderr carries the 421")
        self.assertIn("too many errors", last, "and the server's own words")
        self.assertNotIn("closed the connection", last)
        self.assertNothingDelivered()

    # --- (d) SIZE ------------------------------------------------------------------------------

    def test_over_message_size_limit_refused_before_data(self):
        with tempfile.NamedTemporaryFile("w", prefix="mw-big-", suffix=".txt", delete=False) as f:
            line = "0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ\n"
            f.write(line * (2 * SIZE_LIMIT // len(line)))
        self.addCleanup(os.unlink, f.name)
        args = self.message_args()
        args = args[:args.index("--body")] + ["--body-file", f.name]
        completed = self.run_send(*args, "--transcript")
        self.assertExit(completed, EXIT_REFUSED)
        self.assertRegex(completed.stderr, rf"(?im)S:\s*250[ -]SIZE {SIZE_LIMIT}\b",
                         "Postfix announces its limit")
        self.assertNotRegex(completed.stderr, r"(?i)C:\s*DATA\b", "SIZE is checked before DATA")
        self.assertNothingDelivered()

    # --- (e) PIPELINING -------------------------------------------------------------------------

    def test_pipelining_announced_and_used(self):
        completed = self.run_send(*self.message_args(), "--transcript")
        self.assertExit(completed, EXIT_OK)
        self.assertRegex(completed.stderr, r"(?im)S:\s*250[ -]PIPELINING\b")
        # Transcript lines: "   0.009 C: MAIL FROM:<…>". It logs client lines as they are
        # written, so MAIL, RCPT and DATA with no server reply between them, the three replies
        # after, is the pipelined group (RFC 2920); a reply between them would mean lock-step.
        lines = [m.group(1) + m.group(2) for m in
                 (re.match(r"\s*(?:[\d.]+\s+)?([CS]):\s?(.*)", l) for l in completed.stderr.splitlines())
                 if m]
        mail = next(i for i, l in enumerate(lines) if l.upper().startswith("CMAIL FROM:"))
        self.assertEqual([l[:5].upper() for l in lines[mail:mail + 6]],
                         ["CMAIL", "CRCPT", "CDATA", "S250 ", "S250 ", "S354 "],
                         "MAIL, RCPT and DATA sent together, then their replies:\n"
                         + "\n".join(lines[mail:mail + 6]))
        self.wait_for_delivery()


if __name__ == "__main__":
    unittest.main()
