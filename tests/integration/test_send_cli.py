"""Integration tests of `mailwright-send` against the real test servers (tools/testenv).

Run by ctest as `/usr/bin/python3 -m unittest -v test_send_cli` with MAILWRIGHT_SEND set to the
built binary and the MAILWRIGHT_TEST_* variables from tools/testenv/start.sh in the environment
(tools/test.sh does both). The whole module skips only when MAILWRIGHT_TEST_SMTP_HOST is absent;
a server that does not answer is a failure.

The maildir is shared with every other test running at the same time, so each test gives its
recipients a unique tag and looks only for messages addressed with that tag.
"""

import base64
import email
import email.policy
import glob
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
# Names the CLI's author chose; kept here so a rename is a one-line change.
ALLOW_PLAIN_AUTH = "--allow-plain-auth"
DNS_SERVER_VARIABLE = "MAILWRIGHT_DNS_SERVER"

EXIT_OK, EXIT_PARTLY_REFUSED, EXIT_USAGE, EXIT_CONNECTION, EXIT_TLS, EXIT_AUTH, EXIT_REFUSED = range(7)

# A body that trips every byte-level trap: dot-stuffing, a lone dot, a line that looks like an
# mbox separator, trailing white space, a tab, non-ASCII, '=' (quoted-printable), a long line.
TRICKY_BODY = (
    "First line\n"
    ".starts with a dot\n"
    ".\n"
    "..two dots\n"
    "From the start of a line\n"
    "trailing spaces   \n"
    "\ttab indented\n"
    "中文内容，Ünïcödé ✓ — «quotes»\n"
    + "long " * 60 + "end\n"
    "=3D is not an escape here =\n"
    "last line"
)

HOST = SEND = CA = USER = PASSWORD = TOKEN = MAILDIR = None
HOME = None


def setUpModule():
    global HOST, SEND, CA, USER, PASSWORD, TOKEN, MAILDIR, HOME
    if "MAILWRIGHT_TEST_SMTP_HOST" not in ENV:
        raise unittest.SkipTest("MAILWRIGHT_TEST_SMTP_HOST is not set: run through tools/test.sh, "
                                "which starts the servers (tools/testenv/start.sh)")
    SEND = ENV.get("MAILWRIGHT_SEND")
    if not SEND or not os.access(SEND, os.X_OK):
        raise RuntimeError(f"MAILWRIGHT_SEND={SEND!r} is not an executable mailwright-send")
    HOST = ENV["MAILWRIGHT_TEST_SMTP_HOST"]
    CA = ENV["MAILWRIGHT_TEST_CA"]
    USER = ENV["MAILWRIGHT_TEST_SMTP_USER"]
    PASSWORD = ENV["MAILWRIGHT_TEST_SMTP_PASSWORD"]
    TOKEN = ENV["MAILWRIGHT_TEST_SMTP_TOKEN"]
    MAILDIR = ENV["MAILWRIGHT_TEST_MAILDIR"]
    unreachable = []
    for listener in ("PLAIN", "STARTTLS", "TLS", "EXPIRED", "WRONGHOST", "SELFSIGNED", "SMALL",
                     "NOPIPELINING"):
        try:
            socket.create_connection((HOST, port(listener)), timeout=5).close()
        except (OSError, KeyError) as error:
            unreachable.append(f"{listener}: {error}")
    if unreachable:
        raise AssertionError("test SMTP servers unreachable: " + "; ".join(unreachable))
    # The CLI may keep a conversation log or settings: keep them out of the real home.
    HOME = tempfile.mkdtemp(prefix="mailwright-send-test-")


def tearDownModule():
    if HOME:
        shutil.rmtree(HOME, ignore_errors=True)


def port(listener):
    return int(ENV[f"MAILWRIGHT_TEST_SMTP_{listener}_PORT"])


def b64(text):
    return base64.b64encode(text.encode()).decode()


def normalized_fingerprint(text):
    return text.replace(":", "").upper()


def lines_of(text):
    """Body text compared modulo the line-ending convention and final newlines."""
    return text.replace("\r\n", "\n").rstrip("\n")


class Stored:
    """One message as the server stored it: envelope (N.json) and exact bytes (N.eml)."""

    def __init__(self, meta, raw):
        self.meta = meta
        self.raw = raw
        self.message = email.message_from_bytes(raw, policy=email.policy.default)

    def plain_text(self):
        part = self.message.get_body(preferencelist=("plain",))
        assert part is not None, "no text/plain part in:\n" + self.raw[:4000].decode("ascii", "replace")
        return part.get_content()


class CliTestCase(unittest.TestCase):
    """Runs the CLI and finds what it delivered; no tests of its own."""
    maxDiff = None

    def setUp(self):
        self.new_tag()

    def new_tag(self):
        """A fresh tag for the next message (one per subTest that sends)."""
        self.tag = "t" + uuid.uuid4().hex[:12]
        self.secret_env = {}

    # --- running the CLI -------------------------------------------------------------------

    def rcpt(self, prefix="to", domain="example.test"):
        return f"{prefix}-{self.tag}@{domain}"

    def run_send(self, *args, env=None, timeout=90):
        environment = dict(ENV, HOME=HOME, XDG_CONFIG_HOME=os.path.join(HOME, "config"),
                           XDG_DATA_HOME=os.path.join(HOME, "data"),
                           XDG_CACHE_HOME=os.path.join(HOME, "cache"), LANG="C.UTF-8",
                           QT_QPA_PLATFORM="offscreen")
        environment.pop(DNS_SERVER_VARIABLE, None)
        environment.update(self.secret_env)
        environment.update(env or {})
        completed = subprocess.run([SEND, *args], capture_output=True, env=environment,
                                   timeout=timeout)
        completed.stdout = completed.stdout.decode("utf-8", "replace")
        completed.stderr = completed.stderr.decode("utf-8", "replace")
        return completed

    def server_args(self, listener, security, ca=True):
        args = ["--server", f"{HOST}:{port(listener)}", "--security", security, "--timeout", "20"]
        return args + (["--ca-file", CA] if ca else [])

    def auth_args(self, mechanism=None, secret=None):
        variable = "MW_TEST_SECRET_" + self.tag.upper()
        self.secret_env[variable] = secret if secret is not None else PASSWORD
        args = ["--user", USER, "--password-env", variable]
        return args + (["--auth", mechanism] if mechanism else [])

    def message_args(self, to=None, body=None):
        return ["--from", f"Sender <sender-{self.tag}@example.org>",
                "--to", to or self.rcpt(), "--subject", f"Test {self.tag}",
                "--body", body if body is not None else f"Hello from {self.tag}\n"]

    def assertExit(self, completed, code):
        self.assertEqual(completed.returncode, code,
                         f"exit {completed.returncode}, expected {code}\n"
                         f"--- stderr ---\n{completed.stderr}\n--- stdout ---\n{completed.stdout}")

    # --- reading the maildir ---------------------------------------------------------------

    def stored_messages(self):
        found = []
        for path in glob.glob(os.path.join(MAILDIR, "*.json")):
            with open(path, encoding="utf-8") as f:
                meta = json.load(f)   # complete: the server renames it into place
            if any(self.tag in r for r in meta["rcpt_tos"]):
                eml = path[:-len(".json")] + ".eml"
                with open(eml, "rb") as f:
                    found.append(Stored(meta, f.read()))
        return sorted(found, key=lambda s: s.meta["number"])

    def wait_for_message(self, count=1, wait_seconds=15.0):
        """The server stores before its 250, so after a successful exit this returns at once;
        the bounded wait only covers a slow machine."""
        deadline = time.monotonic() + wait_seconds
        while True:
            found = self.stored_messages()
            if len(found) >= count or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        self.assertEqual(len(found), count, f"messages stored for {self.tag}")
        self.assertWireClean(found[0].raw)
        return found[0] if count == 1 else found

    def assertNothingStored(self):
        time.sleep(0.3)   # a message would have been stored before the CLI could exit
        self.assertEqual(self.stored_messages(), [], f"no message should be stored for {self.tag}")

    def assertWireClean(self, raw):
        """DESIGN.md: CRLF only, lines of at most 998 octets, 7-bit headers."""
        self.assertTrue(raw.endswith(b"\r\n"), "message ends with CRLF")
        for number, line in enumerate(raw.split(b"\r\n")):
            self.assertNotIn(b"\n", line, f"bare LF in line {number}: {line[:80]!r}")
            self.assertNotIn(b"\r", line, f"bare CR in line {number}: {line[:80]!r}")
            self.assertLessEqual(len(line), 998, f"line {number} too long")
        header = raw.split(b"\r\n\r\n", 1)[0]
        self.assertTrue(header.isascii(), "headers are 7-bit (RFC 2047 for non-ASCII)")

    def assertBody(self, stored, body):
        self.assertEqual(lines_of(stored.plain_text()), lines_of(body))


class SendCliTest(CliTestCase):
    """Relay delivery: --server with each security mode, authentication and failure."""

    def test_help_exits_zero(self):
        completed = self.run_send("--help")
        self.assertExit(completed, EXIT_OK)
        self.assertIn("--to", completed.stdout + completed.stderr)

    def test_security_none_without_auth(self):
        completed = self.run_send(*self.server_args("PLAIN", "none", ca=False), *self.message_args())
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        self.assertEqual(stored.meta["listener"], "plain")
        self.assertFalse(stored.meta["tls"])
        self.assertIsNone(stored.meta["auth_user"])
        self.assertEqual(stored.meta["mail_from"], f"sender-{self.tag}@example.org")
        self.assertEqual(stored.meta["rcpt_tos"], [self.rcpt()])
        self.assertEqual(str(stored.message["Subject"]), f"Test {self.tag}")
        self.assertIsNotNone(stored.message["Date"])
        self.assertIsNotNone(stored.message["Message-ID"])
        self.assertBody(stored, f"Hello from {self.tag}\n")

    def test_security_none_refuses_auth_without_allow_plain_auth(self):
        completed = self.run_send(*self.server_args("PLAIN", "none", ca=False), *self.auth_args(),
                                  "--transcript", *self.message_args())
        self.assertExit(completed, EXIT_AUTH)
        self.assertTrue(completed.stderr.strip(), "one line on stderr says why")
        self.assertNotRegex(completed.stderr, r"(?i)C:\s*AUTH", "credentials never go out in the clear")
        self.assertNothingStored()

    def test_security_none_auth_with_allow_plain_auth(self):
        completed = self.run_send(*self.server_args("PLAIN", "none", ca=False), *self.auth_args(),
                                  ALLOW_PLAIN_AUTH, *self.message_args())
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        self.assertEqual(stored.meta["auth_user"], USER)
        self.assertFalse(stored.meta["tls"])

    def test_security_none_where_login_waits_for_starttls(self):
        # aiosmtpd's starttls listener, like Postfix and OpenSMTPD by default, shows AUTH only
        # after STARTTLS: the advice is STARTTLS, not "remove the user name".
        for allow in ([], [ALLOW_PLAIN_AUTH]):
            with self.subTest(allow_plain_auth=bool(allow)):
                completed = self.run_send(*self.server_args("STARTTLS", "none", ca=False), *self.auth_args(),
                                          *allow, "--transcript", *self.message_args())
                self.assertExit(completed, EXIT_AUTH)
                self.assertIn("offers STARTTLS and login only after it: choose STARTTLS", completed.stderr)
                self.assertNotIn("Remove the user name", completed.stderr)
                self.assertRegex(completed.stderr, r"(?m)C:\s*QUIT\s*$")
                self.assertNothingStored()

    def test_starttls_with_auth(self):
        completed = self.run_send(*self.server_args("STARTTLS", "starttls"), *self.auth_args(),
                                  *self.message_args())
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        self.assertEqual(stored.meta["listener"], "starttls")
        self.assertTrue(stored.meta["tls"])
        self.assertEqual(stored.meta["auth_user"], USER)

    def test_implicit_tls_with_auth(self):
        completed = self.run_send(*self.server_args("TLS", "tls"), *self.auth_args(),
                                  *self.message_args())
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        self.assertEqual(stored.meta["listener"], "tls")
        self.assertTrue(stored.meta["tls"])
        self.assertEqual(stored.meta["auth_user"], USER)

    def test_server_without_pipelining(self):
        completed = self.run_send(*self.server_args("NOPIPELINING", "starttls"), *self.auth_args(),
                                  *self.message_args(body=TRICKY_BODY))
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        self.assertEqual(stored.meta["listener"], "nopipelining")
        self.assertBody(stored, TRICKY_BODY)

    def test_auth_mechanisms(self):
        for mechanism, secret in (("plain", None), ("login", None), ("cram-md5", None),
                                  ("xoauth2", TOKEN)):
            with self.subTest(mechanism=mechanism):
                self.new_tag()
                completed = self.run_send(*self.server_args("STARTTLS", "starttls"),
                                          *self.auth_args(mechanism, secret), *self.message_args())
                self.assertExit(completed, EXIT_OK)
                stored = self.wait_for_message()
                self.assertEqual(stored.meta["auth_mechanism"], mechanism.upper())
                self.assertEqual(stored.meta["auth_user"], USER)

    def test_wrong_password(self):
        for mechanism in ("plain", "login", "cram-md5", "xoauth2"):
            with self.subTest(mechanism=mechanism):
                self.new_tag()
                completed = self.run_send(*self.server_args("STARTTLS", "starttls"),
                                          *self.auth_args(mechanism, "not-the-secret"),
                                          *self.message_args())
                self.assertExit(completed, EXIT_AUTH)
                self.assertTrue(completed.stderr.strip())
                self.assertNothingStored()

    def test_password_env_and_password_file(self):
        completed = self.run_send(*self.server_args("TLS", "tls"), *self.auth_args(),
                                  *self.message_args())
        self.assertExit(completed, EXIT_OK)
        self.assertEqual(self.wait_for_message().meta["auth_user"], USER)

        self.new_tag()
        with tempfile.NamedTemporaryFile("w", prefix="mw-pass-", delete=False) as f:
            f.write(PASSWORD)
        self.addCleanup(os.unlink, f.name)
        os.chmod(f.name, 0o600)
        completed = self.run_send(*self.server_args("TLS", "tls"), "--user", USER,
                                  "--password-file", f.name, *self.message_args())
        self.assertExit(completed, EXIT_OK)
        self.assertEqual(self.wait_for_message().meta["auth_user"], USER)

    def test_to_cc_bcc(self):
        to = [self.rcpt("to1"), self.rcpt("to2")]
        cc = [self.rcpt("cc1"), f"Carbon Copy <{self.rcpt('cc2')}>"]
        bcc = [self.rcpt("bcc1"), f"Hidden Person <{self.rcpt('bcc2')}>"]
        args = ["--from", f"sender-{self.tag}@example.org", "--subject", f"Test {self.tag}",
                "--body", "to, cc and bcc\n"]
        for option, addresses in (("--to", to), ("--cc", cc), ("--bcc", bcc)):
            for address in addresses:
                args += [option, address]
        completed = self.run_send(*self.server_args("STARTTLS", "starttls"), *self.auth_args(), *args)
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        everyone = [self.rcpt(p) for p in ("to1", "to2", "cc1", "cc2", "bcc1", "bcc2")]
        self.assertCountEqual(stored.meta["rcpt_tos"], everyone)
        self.assertEqual([a.addr_spec for a in stored.message["To"].addresses], to)
        self.assertEqual([a.addr_spec for a in stored.message["Cc"].addresses],
                         [self.rcpt("cc1"), self.rcpt("cc2")])
        self.assertIsNone(stored.message["Bcc"])
        for hidden in (b"bcc1-", b"bcc2-", b"Hidden Person"):
            self.assertNotIn(hidden, stored.raw, "Bcc recipients appear in the envelope only")

    def test_chinese_display_names(self):
        sender = f"张三 <zhang-{self.tag}@example.cn>"
        recipient = f"李四 <{self.rcpt('li')}>"
        subject = f"测试邮件 {self.tag} — 你好"
        completed = self.run_send(*self.server_args("STARTTLS", "starttls"), *self.auth_args(),
                                  "--from", sender, "--to", recipient, "--subject", subject,
                                  "--body", "正文：你好，世界\n")
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        self.assertEqual(stored.meta["mail_from"], f"zhang-{self.tag}@example.cn")
        self.assertEqual(stored.meta["rcpt_tos"], [self.rcpt("li")])
        sender_header = stored.message["From"].addresses[0]
        self.assertEqual((sender_header.display_name, sender_header.addr_spec),
                         ("张三", f"zhang-{self.tag}@example.cn"))
        to_header = stored.message["To"].addresses[0]
        self.assertEqual((to_header.display_name, to_header.addr_spec), ("李四", self.rcpt("li")))
        self.assertEqual(str(stored.message["Subject"]), subject)
        self.assertBody(stored, "正文：你好，世界\n")

    def test_body_arrives_intact(self):
        with self.subTest(source="--body"):
            completed = self.run_send(*self.server_args("STARTTLS", "starttls"), *self.auth_args(),
                                      *self.message_args(body=TRICKY_BODY))
            self.assertExit(completed, EXIT_OK)
            self.assertBody(self.wait_for_message(), TRICKY_BODY)
        with self.subTest(source="--body-file"):
            self.new_tag()
            with tempfile.NamedTemporaryFile("wb", prefix="mw-body-", suffix=".txt",
                                             delete=False) as f:
                f.write(TRICKY_BODY.encode())
            self.addCleanup(os.unlink, f.name)
            args = self.message_args()
            args = args[:args.index("--body")]
            completed = self.run_send(*self.server_args("TLS", "tls"), *self.auth_args(), *args,
                                      "--body-file", f.name)
            self.assertExit(completed, EXIT_OK)
            self.assertBody(self.wait_for_message(), TRICKY_BODY)

    def test_usage_errors(self):
        server = self.server_args("PLAIN", "none", ca=False)
        common = ["--from", f"sender-{self.tag}@example.org", "--subject", f"Test {self.tag}",
                  "--body", "x\n"]
        cases = {
            "no --to": (common, None),
            "unterminated angle address": (common + ["--to", f"Ann <ann-{self.tag}@example.org"],
                                           f"ann-{self.tag}@example.org"),
            "two at signs": (common + ["--to", f"bob-{self.tag}@@example.org"], f"bob-{self.tag}"),
            "header injection": (common + ["--to", f"eve-{self.tag}@example.org\r\nBcc: x@evil.test"],
                                 None),
            "unknown security": (["--security", "bogus"] + common
                                 + ["--to", self.rcpt()], None),
        }
        for name, (args, mentioned) in cases.items():
            with self.subTest(name):
                completed = self.run_send(*server, *args)
                self.assertExit(completed, EXIT_USAGE)
                self.assertTrue(completed.stderr.strip(), "stderr says why")
                if mentioned:
                    self.assertIn(mentioned, completed.stderr, "the reason names the bad address")
        self.assertNothingStored()

    def test_certificate_failures(self):
        cases = (
            ("expired", "EXPIRED", True, ENV["MAILWRIGHT_TEST_EXPIRED_SHA256"]),
            ("wrong host", "WRONGHOST", True, ENV["MAILWRIGHT_TEST_WRONGHOST_SHA256"]),
            ("self-signed", "SELFSIGNED", True, ENV["MAILWRIGHT_TEST_SELFSIGNED_SHA256"]),
            ("test CA not trusted by default", "TLS", False, ENV["MAILWRIGHT_TEST_LOCALHOST_SHA256"]),
        )
        for name, listener, ca, fingerprint in cases:
            with self.subTest(name):
                self.new_tag()
                completed = self.run_send(*self.server_args(listener, "tls", ca=ca),
                                          *self.auth_args(), *self.message_args())
                self.assertExit(completed, EXIT_TLS)
                self.assertIn(normalized_fingerprint(fingerprint),
                              normalized_fingerprint(completed.stderr),
                              "stderr gives the SHA-256 fingerprint to pin")
                self.assertNothingStored()

    def test_trust_fingerprint(self):
        selfsigned = ENV["MAILWRIGHT_TEST_SELFSIGNED_SHA256"]
        completed = self.run_send(*self.server_args("SELFSIGNED", "tls", ca=False),
                                  "--trust-fingerprint", selfsigned, *self.auth_args(),
                                  *self.message_args())
        self.assertExit(completed, EXIT_OK)
        self.assertEqual(self.wait_for_message().meta["listener"], "selfsigned")

        self.new_tag()
        completed = self.run_send(*self.server_args("SELFSIGNED", "tls", ca=False),
                                  "--trust-fingerprint", ENV["MAILWRIGHT_TEST_LOCALHOST_SHA256"],
                                  *self.auth_args(), *self.message_args())
        self.assertExit(completed, EXIT_TLS)
        self.assertNothingStored()

    def test_starttls_against_an_implicit_tls_port_says_so(self):
        # Both sides would wait: the server for a TLS hello, the client for a greeting. After a
        # few seconds a second connection finds the port speaks TLS, and the message says what
        # to choose, long before the greeting timeout.
        completed = self.run_send(*self.server_args("TLS", "starttls"), "--timeout", "120",
                                  *self.message_args())
        self.assertExit(completed, EXIT_TLS)
        self.assertIn("expects TLS from the start", completed.stderr)
        self.assertIn("SSL/TLS", completed.stderr)
        self.assertNothingStored()

    def test_starttls_not_offered_never_falls_back(self):
        completed = self.run_send(*self.server_args("PLAIN", "starttls"), *self.auth_args(),
                                  "--transcript", *self.message_args())
        self.assertExit(completed, EXIT_TLS)
        self.assertNotRegex(completed.stderr, r"(?i)C:\s*(AUTH|MAIL)", "nothing sent in the clear")
        self.assertNothingStored()

    def test_some_recipients_refused(self):
        good = [self.rcpt("good1"), self.rcpt("good2")]
        completed = self.run_send(*self.server_args("STARTTLS", "starttls"), *self.auth_args(),
                                  "--from", f"sender-{self.tag}@example.org",
                                  "--to", good[0], "--to", self.rcpt("refuse"),
                                  "--cc", good[1], "--cc", self.rcpt("tempfail"),
                                  "--subject", f"Test {self.tag}", "--body", TRICKY_BODY)
        self.assertExit(completed, EXIT_PARTLY_REFUSED)
        # 450 for the tempfail recipient: the message says it is worth retrying, not the 550.
        self.assertRegex(completed.stderr, r"temporarily \(4xx\), so worth retrying later: tempfail-")
        self.assertNotRegex(completed.stderr, r"retrying later: [^.]*refuse-")
        stored = self.wait_for_message()
        self.assertCountEqual(stored.meta["rcpt_tos"], good)
        self.assertBody(stored, TRICKY_BODY)

    def test_every_recipient_refused(self):
        completed = self.run_send(*self.server_args("STARTTLS", "starttls"), *self.auth_args(),
                                  "--from", f"sender-{self.tag}@example.org",
                                  "--to", self.rcpt("refuse1"), "--to", self.rcpt("refuse2"),
                                  "--subject", f"Test {self.tag}", "--body", "x\n")
        self.assertExit(completed, EXIT_REFUSED)
        self.assertNothingStored()

    def test_size_limit(self):
        limit = int(ENV["MAILWRIGHT_TEST_SMTP_SMALL_LIMIT"])
        # A home of its own: what the server's SIZE said is remembered per server.
        home = tempfile.mkdtemp(prefix="mailwright-size-test-")
        self.addCleanup(shutil.rmtree, home, ignore_errors=True)
        own_home = {"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, "config"),
                    "XDG_DATA_HOME": os.path.join(home, "data"),
                    "XDG_CACHE_HOME": os.path.join(home, "cache")}
        with tempfile.NamedTemporaryFile("w", prefix="mw-big-", suffix=".txt",
                                         delete=False) as f:
            line = "0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ\n"
            f.write(line * (2 * limit // len(line)))
        self.addCleanup(os.unlink, f.name)

        def send_big():
            self.new_tag()
            args = self.message_args()
            args = args[:args.index("--body")] + ["--body-file", f.name]
            return self.run_send(*self.server_args("SMALL", "starttls"), "--transcript", *args,
                                 env=own_home)

        with self.subTest("over the limit, as the server says"):
            completed = send_big()
            self.assertExit(completed, EXIT_REFUSED)
            self.assertRegex(completed.stderr, r"(?i)C:\s*EHLO")
            self.assertNotRegex(completed.stderr, r"(?i)C:\s*DATA\b",
                                "SIZE is checked before any DATA is sent")
            # Refused here, not by the server: it still gets QUIT (over TLS) and says goodbye.
            self.assertRegex(completed.stderr, r"(?m)C:\s*QUIT\s*$")
            self.assertRegex(completed.stderr, r"(?m)S:\s*221\b")
            self.assertNothingStored()
        with self.subTest("over the limit, as remembered"):
            completed = send_big()
            self.assertExit(completed, EXIT_REFUSED)
            self.assertNotRegex(completed.stderr, r"(?m)^\s*[\d.]+ ([CS]:|-- Connecting)",
                                "no connection is made")
            self.assertIn(f"{HOST}:{port('SMALL')}", completed.stderr)
            self.assertNothingStored()
        with self.subTest("under the limit"):
            self.new_tag()
            completed = self.run_send(*self.server_args("SMALL", "starttls"), *self.message_args(),
                                      env=own_home)
            self.assertExit(completed, EXIT_OK)
            self.assertEqual(self.wait_for_message().meta["listener"], "small")

    def test_transcript_redacts_credentials(self):
        secrets = {
            "password": PASSWORD,
            "token": TOKEN,
            "PLAIN response": b64(f"\0{USER}\0{PASSWORD}"),
            "PLAIN response with authzid": b64(f"{USER}\0{USER}\0{PASSWORD}"),
            "LOGIN password": b64(PASSWORD),
            "XOAUTH2 response": b64(f"user={USER}\x01auth=Bearer {TOKEN}\x01\x01"),
            "token base64": b64(TOKEN),
        }
        for mechanism, secret in (("plain", None), ("login", None), ("cram-md5", None),
                                  ("xoauth2", TOKEN)):
            with self.subTest(mechanism=mechanism):
                self.new_tag()
                completed = self.run_send(*self.server_args("STARTTLS", "starttls"),
                                          *self.auth_args(mechanism, secret), "--transcript",
                                          *self.message_args())
                self.assertExit(completed, EXIT_OK)
                self.assertRegex(completed.stderr, r"(?im)C:\s*EHLO")
                self.assertRegex(completed.stderr, r"(?im)S:\s*220")
                self.assertRegex(completed.stderr, r"(?im)C:\s*AUTH")
                for what, value in secrets.items():
                    self.assertNotIn(value, completed.stderr, f"{what} in the transcript")
                    self.assertNotIn(value, completed.stdout, f"{what} on stdout")
                self.wait_for_message()


class DirectDeliveryTest(CliTestCase):
    """--direct: MX lookup through the test dnsmasq (MAILWRIGHT_TEST_DNS_SERVER), port 25."""

    def setUp(self):
        if "MAILWRIGHT_TEST_DNS_SERVER" not in ENV:
            self.skipTest("MAILWRIGHT_TEST_DNS_SERVER is not set (the direct-delivery servers "
                          "need root for ports 25 and 53)")
        super().setUp()

    def send_direct(self, domain):
        return self.run_send("--direct", "--timeout", "20",
                             "--from", f"sender-{self.tag}@example.org",
                             "--to", self.rcpt("user", domain), "--subject", f"Test {self.tag}",
                             "--body", TRICKY_BODY,
                             env={DNS_SERVER_VARIABLE: ENV["MAILWRIGHT_TEST_DNS_SERVER"]})

    def test_second_mx_when_first_is_dead(self):
        completed = self.send_direct("mx.test")
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        self.assertEqual(stored.meta["listener"], "mx2")
        self.assertEqual(stored.meta["rcpt_tos"], [self.rcpt("user", "mx.test")])
        self.assertBody(stored, TRICKY_BODY)

    def test_address_record_when_no_mx(self):
        completed = self.send_direct("nomx.test")
        self.assertExit(completed, EXIT_OK)
        self.assertEqual(self.wait_for_message().meta["listener"], "nomx")

    def test_dead_mx_is_a_connection_failure(self):
        completed = self.send_direct("dead.test")
        self.assertExit(completed, EXIT_CONNECTION)
        self.assertIn("25", completed.stderr, "stderr names the port it tried")
        self.assertNothingStored()


if __name__ == "__main__":
    unittest.main()
