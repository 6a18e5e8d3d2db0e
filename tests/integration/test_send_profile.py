"""`mailwright-send --profile` and the conversation log, against the real test servers.

Profiles are written by `mailwright-test-profile-writer` (tests/support/ProfileWriter.cpp), which
saves them through ProfileStore and stores their password through PasswordVault, as the profile
dialog does: these tests never depend on the INI layout. Every test gets its own HOME,
XDG_CONFIG_HOME and XDG_DATA_HOME, and — except where a private gnome-keyring is started with
tests/support/with-keyring.sh — a D-Bus address that leads nowhere, so no test can read or write
the keyring of the person running it.

Run by ctest as `/usr/bin/python3 -m unittest -v test_send_profile` with MAILWRIGHT_SEND,
MAILWRIGHT_PROFILE_WRITER, MAILWRIGHT_WITH_KEYRING and the MAILWRIGHT_TEST_* variables of
tools/testenv/start.sh. Skips only when MAILWRIGHT_TEST_SMTP_HOST is absent.
"""

import base64
import os
import shlex
import shutil
import sqlite3
import subprocess
import tempfile
import unittest

import test_send_cli as cli
from test_send_cli import CliTestCase

ENV = os.environ
EXIT_OK, EXIT_USAGE, EXIT_AUTH = 0, 2, 5

# QStandardPaths folders of the Mailwright window (organization and application name both
# "Mailwright"): mailwright-send must use the very same profiles.ini and conversation log.
APP_DIRS = ("Mailwright", "Mailwright")
NO_KEYCHAIN = "unix:path=/nonexistent/mailwright-test-bus"
WARNING = "mailwright-send: warning: The conversation log could not be written: "

WRITER = WITH_KEYRING = None


def setUpModule():
    global WRITER, WITH_KEYRING
    cli.setUpModule()   # skips without the servers; checks MAILWRIGHT_SEND and every listener
    WRITER = ENV.get("MAILWRIGHT_PROFILE_WRITER")
    if not WRITER or not os.access(WRITER, os.X_OK):
        raise RuntimeError(f"MAILWRIGHT_PROFILE_WRITER={WRITER!r} is not an executable")
    WITH_KEYRING = ENV.get("MAILWRIGHT_WITH_KEYRING") or os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "support", "with-keyring.sh")


def tearDownModule():
    cli.tearDownModule()


def b64(text):
    return base64.b64encode(text.encode()).decode()


class ProfileTestCase(CliTestCase):

    def setUp(self):
        super().setUp()
        self.home = tempfile.mkdtemp(prefix="mailwright-profile-test-")
        self.addCleanup(shutil.rmtree, self.home, ignore_errors=True)
        self.config = os.path.join(self.home, "config")
        self.data = os.path.join(self.home, "data")
        self.secret_variable = "MW_PROFILE_SECRET_" + self.tag.upper()

    # --- where things live -------------------------------------------------------------------

    def profiles_file(self):
        return os.path.join(self.config, *APP_DIRS, "profiles.ini")

    def log_file(self):
        return os.path.join(self.data, *APP_DIRS, "conversations.sqlite")

    def isolated_env(self, **extra):
        env = {"HOME": self.home, "XDG_CONFIG_HOME": self.config, "XDG_DATA_HOME": self.data,
               "DBUS_SESSION_BUS_ADDRESS": NO_KEYCHAIN}
        env.update(extra)
        return env

    # --- profiles ------------------------------------------------------------------------------

    def writer_args(self, name="Work", listener="STARTTLS", security="StartTls", user=None,
                    storage=None, password=False, extra=()):
        args = [WRITER, "--file", self.profiles_file(), "--name", name,
                "--host", cli.HOST, "--port", str(cli.port(listener)), "--security", security,
                "--sender-name", "Profile Sender",
                "--sender-address", f"sender-{self.tag}@example.org",
                "--ehlo", f"profile-{self.tag}.example", "--timeout", "20",
                # The test CA is not trusted by the system: the profile pins the certificate.
                "--trust-fingerprint", ENV["MAILWRIGHT_TEST_LOCALHOST_SHA256"]]
        args += ["--user", cli.USER if user is None else user]
        if storage:
            args += ["--password-storage", storage]
        if password:
            args += ["--password-env", self.secret_variable]
        return args + list(extra)

    def write_profile(self, *args, **kwargs):
        completed = subprocess.run(self.writer_args(*args, **kwargs), capture_output=True,
                                   text=True, timeout=60,
                                   env=dict(ENV, **self.isolated_env(
                                       **{self.secret_variable: cli.PASSWORD})))
        self.assertEqual(completed.returncode, 0, "profile writer failed:\n" + completed.stderr)
        self.assertTrue(os.path.exists(self.profiles_file()), "the writer saved where the window reads")
        return completed

    # --- mailwright-send -----------------------------------------------------------------------

    def send(self, *args, env=None):
        return self.run_send(*args, env=self.isolated_env(**(env or {})))

    def with_password(self, secret=None):
        """--password-env, the variable set for the next send only."""
        return (["--password-env", self.secret_variable],
                {self.secret_variable: cli.PASSWORD if secret is None else secret})

    def mail_args(self, subject=None):
        return ["--to", self.rcpt(), "--subject", subject or f"Profile test {self.tag}",
                "--body", f"Hello from {self.tag}\n"]

    def assertOneStderrLine(self, completed, *phrases):
        lines = completed.stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, f"one line on stderr:\n{completed.stderr}")
        for phrase in phrases:
            self.assertIn(phrase, lines[0])
        return lines[0]

    # --- the conversation log ------------------------------------------------------------------

    def logged_sessions(self):
        if not os.path.exists(self.log_file()):
            return []
        connection = sqlite3.connect(f"file:{self.log_file()}?mode=ro", uri=True)
        connection.row_factory = sqlite3.Row
        try:
            sessions = [dict(row) for row in connection.execute("SELECT * FROM sessions ORDER BY id")]
            for session in sessions:
                session["transcript"] = [dict(row) for row in connection.execute(
                    "SELECT direction, text FROM transcript WHERE session_id = ? ORDER BY seq",
                    (session["id"],))]
        finally:
            connection.close()
        return sessions

    def log_bytes(self):
        """Every byte SQLite keeps for the log, the write-ahead log included."""
        data = b""
        for suffix in ("", "-wal", "-shm", "-journal"):
            path = self.log_file() + suffix
            if os.path.exists(path):
                with open(path, "rb") as f:
                    data += f.read()
        return data


class ProfileSendTest(ProfileTestCase):
    """Where the settings and the password of a --profile send come from."""

    def test_help_mentions_profile_and_no_log(self):
        completed = self.send("--help")
        self.assertExit(completed, EXIT_OK)
        self.assertIn("--profile", completed.stdout)
        self.assertIn("--no-log", completed.stdout)

    def test_password_env_with_profile(self):
        self.write_profile()
        password, env = self.with_password()
        completed = self.send("--profile", "Work", *password, *self.mail_args(), env=env)
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        # Everything but the password came from the profile.
        self.assertEqual(stored.meta["listener"], "starttls")
        self.assertTrue(stored.meta["tls"])
        self.assertEqual(stored.meta["auth_user"], cli.USER)
        self.assertEqual(stored.meta["ehlo"], f"profile-{self.tag}.example")
        self.assertEqual(stored.meta["mail_from"], f"sender-{self.tag}@example.org")
        sender = stored.message["From"].addresses[0]
        self.assertEqual((sender.display_name, sender.addr_spec),
                         ("Profile Sender", f"sender-{self.tag}@example.org"))

    def test_password_from_keyring(self):
        """The writer stores the password in a real gnome-keyring; mailwright-send, in the same
        D-Bus session, finds it there without any password option."""
        def in_keyring(password, name):
            writer = shlex.join(["env", f"XDG_CONFIG_HOME={self.config}"]
                                + self.writer_args(name=name, password=password))
            send = shlex.join(["env", "-u", self.secret_variable, f"XDG_CONFIG_HOME={self.config}",
                               f"XDG_DATA_HOME={self.data}", cli.SEND, "--profile", name,
                               *self.mail_args()])
            # The keychain, not the file, must hold the password.
            script = (f"{writer} >/dev/null || exit 90\n"
                      f'if grep -qF -- "${self.secret_variable}" {shlex.quote(self.profiles_file())}; '
                      f"then echo 'password written to profiles.ini' >&2; exit 91; fi\n"
                      f"exec {send}\n")
            completed = subprocess.run(
                [WITH_KEYRING, "sh", "-c", script], capture_output=True, text=True, timeout=120,
                env=dict(ENV, **{self.secret_variable: cli.PASSWORD}))
            completed.stderr = "\n".join(line for line in completed.stderr.splitlines()
                                         if not line.startswith("dbus-daemon["))
            return completed

        with self.subTest("stored in the keychain"):
            completed = in_keyring(password=True, name="Keyed")
            self.assertExit(completed, EXIT_OK)
            self.assertEqual(self.wait_for_message().meta["auth_user"], cli.USER)
        with self.subTest("keychain works, nothing stored for the profile"):
            self.new_tag()
            completed = in_keyring(password=False, name="Unstored")
            self.assertExit(completed, EXIT_USAGE)
            line = self.assertOneStderrLine(completed, "“Unstored”", "needs a password",
                                            "--password-env", "--password-file", "profile dialog")
            self.assertNotIn("no keychain", line)
            self.assertNothingStored()

    def test_settings_file_password(self):
        self.write_profile(storage="SettingsFile", password=True)
        # No keychain at all (isolated_env): the opt-in file is enough.
        completed = self.send("--profile", "Work", *self.mail_args())
        self.assertExit(completed, EXIT_OK)
        self.assertEqual(self.wait_for_message().meta["auth_user"], cli.USER)

    def test_missing_password_without_keychain(self):
        self.write_profile()   # keychain storage, nothing stored, no keychain reachable
        completed = self.send("--profile", "Work", *self.mail_args())
        self.assertExit(completed, EXIT_USAGE)
        self.assertOneStderrLine(completed, "“Work”", "needs a password", "no keychain",
                                 "--password-env", "--password-file", "profile dialog")
        self.assertNothingStored()
        self.assertEqual(self.logged_sessions(), [], "nothing was sent, nothing is logged")

    def test_no_password_needed_without_login(self):
        self.write_profile(listener="PLAIN", security="None", user="")
        completed = self.send("--profile", "Work", *self.mail_args())
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        self.assertEqual(stored.meta["listener"], "plain")
        self.assertIsNone(stored.meta["auth_user"])

    def test_unknown_profile(self):
        with self.subTest("no profiles saved"):
            completed = self.send("--profile", "Work", *self.mail_args())
            self.assertExit(completed, EXIT_USAGE)
            self.assertOneStderrLine(completed, "“Work”", "no profiles")
        with self.subTest("a typo"):
            self.write_profile(name="Work")
            self.write_profile(name="Home office")
            completed = self.send("--profile", "Wrok", *self.mail_args())
            self.assertExit(completed, EXIT_USAGE)
            self.assertOneStderrLine(completed, "“Wrok”", "Home office, Work")
        self.assertNothingStored()

    def test_command_line_overrides_profile(self):
        # The profile: implicit TLS on the TLS listener. The command line: another server, port
        # and security, EHLO name and sender. The user and the pinned certificate still come
        # from the profile (without the pin, the test CA would not be trusted).
        self.write_profile(listener="TLS", security="Tls")
        password, env = self.with_password()
        completed = self.send("--profile", "Work",
                              "--server", f"{cli.HOST}:{cli.port('NOPIPELINING')}",
                              "--security", "starttls", "--ehlo", f"cli-{self.tag}.example",
                              "--from", f"Command Line <cli-{self.tag}@example.org>",
                              *password, *self.mail_args(), env=env)
        self.assertExit(completed, EXIT_OK)
        stored = self.wait_for_message()
        self.assertEqual(stored.meta["listener"], "nopipelining")
        self.assertTrue(stored.meta["tls"])
        self.assertEqual(stored.meta["ehlo"], f"cli-{self.tag}.example")
        self.assertEqual(stored.meta["mail_from"], f"cli-{self.tag}@example.org")
        self.assertEqual(stored.meta["auth_user"], cli.USER)
        self.assertEqual(stored.message["From"].addresses[0].display_name, "Command Line")

        with self.subTest("a wrong --password-env wins over nothing"):
            self.new_tag()
            password, env = self.with_password("not-the-secret")
            completed = self.send("--profile", "Work", *password, *self.mail_args(), env=env)
            self.assertExit(completed, EXIT_AUTH)
            self.assertNothingStored()

    def test_dry_run_takes_the_sender_from_the_profile(self):
        self.write_profile()   # its password is nowhere: a dry run does not need it
        completed = self.send("--profile", "Work", "--dry-run", *self.mail_args())
        self.assertExit(completed, EXIT_OK)
        self.assertIn(f"From: Profile Sender <sender-{self.tag}@example.org>", completed.stdout)

    def test_direct_route_profile(self):
        if "MAILWRIGHT_TEST_DNS_SERVER" not in ENV:
            self.skipTest("MAILWRIGHT_TEST_DNS_SERVER is not set (direct delivery needs root)")
        self.write_profile(extra=["--route", "Direct"])   # host and login unused, no password
        completed = self.send("--profile", "Work", "--to", self.rcpt("user", "mx.test"),
                              "--subject", f"Direct {self.tag}", "--body", "direct\n",
                              env={cli.DNS_SERVER_VARIABLE: ENV["MAILWRIGHT_TEST_DNS_SERVER"]})
        self.assertExit(completed, EXIT_OK)
        self.assertEqual(self.wait_for_message().meta["listener"], "mx2")
        sessions = self.logged_sessions()
        self.assertEqual(len(sessions), 1, "direct delivery is one logged session")
        self.assertEqual(sessions[0]["server"], "direct: mx.test")
        self.assertTrue(any("mx2.mx.test" in e["text"] for e in sessions[0]["transcript"]),
                        "the hosts tried are in the transcript")


class ConversationLogTest(ProfileTestCase):
    """Every mailwright-send session lands in the log the window browses."""

    def secrets(self):
        return {"password": cli.PASSWORD, "PLAIN response": b64(f"\0{cli.USER}\0{cli.PASSWORD}"),
                "LOGIN password": b64(cli.PASSWORD)}

    def test_send_is_logged_without_the_password(self):
        # AUTH PLAIN: the credentials would be on the wire, so a leak would reach the log.
        self.write_profile(extra=["--auth", "Plain"])
        password, env = self.with_password()
        subject = f"Logged {self.tag} — 你好"
        completed = self.send("--profile", "Work", *password, *self.mail_args(subject), env=env)
        self.assertExit(completed, EXIT_OK)
        self.wait_for_message()
        self.assertEqual(completed.stderr.strip(), "", "no warning")

        sessions = self.logged_sessions()
        self.assertEqual(len(sessions), 1)
        session = sessions[0]
        self.assertEqual(session["kind"], "Send")
        self.assertEqual(session["origin"], "Cli")
        self.assertEqual(session["profile"], "Work")
        self.assertEqual(session["server"], f"{cli.HOST}:{cli.port('STARTTLS')}")
        self.assertEqual(session["subject"], subject)
        self.assertEqual(session["recipients"].split("\n"), [self.rcpt()])
        self.assertEqual(session["outcome"], "Sent")
        self.assertIn("250", session["result_message"])
        transcript = session["transcript"]
        self.assertEqual(session["entry_count"], len(transcript))
        texts = [e["text"] for e in transcript]
        self.assertTrue(any(t.startswith("EHLO ") for t in texts), texts[:10])
        self.assertTrue(any(t.startswith("AUTH PLAIN") for t in texts), "the AUTH command, redacted")
        self.assertTrue(any(t.startswith("250 ") and "queued" in t for t in texts))
        self.assertIn("", texts, "the blank line after the headers is kept")
        raw = self.log_bytes()
        for what, value in self.secrets().items():
            self.assertNotIn(value.encode(), raw, f"{what} in the conversation log")

    def test_failures_and_plain_sends_are_logged(self):
        with self.subTest("refused login, with a profile"):
            self.write_profile()
            password, env = self.with_password("not-the-secret")
            completed = self.send("--profile", "Work", *password, *self.mail_args(), env=env)
            self.assertExit(completed, EXIT_AUTH)
        with self.subTest("no profile, no subject"):
            self.new_tag()
            completed = self.send("--server", f"{cli.HOST}:{cli.port('PLAIN')}", "--security", "none",
                                  "--from", f"plain-{self.tag}@example.org", "--to", self.rcpt(),
                                  "--body", "no subject\n")
            self.assertExit(completed, EXIT_OK)
            self.wait_for_message()
        sessions = self.logged_sessions()
        self.assertEqual([(s["profile"], s["outcome"], s["origin"]) for s in sessions],
                         [("Work", "Failed", "Cli"), ("", "Sent", "Cli")])
        self.assertEqual(sessions[1]["subject"], "")
        self.assertNotIn(b"not-the-secret", self.log_bytes())

    def test_no_log(self):
        password, env = self.with_password()
        self.write_profile()
        completed = self.send("--profile", "Work", "--no-log", *password, *self.mail_args(), env=env)
        self.assertExit(completed, EXIT_OK)
        self.wait_for_message()
        self.assertFalse(os.path.exists(self.log_file()), "--no-log creates no log")
        # Control: the same send without --no-log does write one.
        self.new_tag()
        password, env = self.with_password()
        completed = self.send("--profile", "Work", *password, *self.mail_args(), env=env)
        self.assertExit(completed, EXIT_OK)
        self.assertEqual(len(self.logged_sessions()), 1)

    def test_unwritable_log_only_warns(self):
        self.write_profile()

        def break_log_folder():
            # A file where the log's folder should be: fails for root too, unlike chmod.
            os.makedirs(self.data, exist_ok=True)
            with open(os.path.join(self.data, APP_DIRS[0]), "w") as f:
                f.write("not a folder\n")

        def corrupt_log():
            os.makedirs(os.path.dirname(self.log_file()), exist_ok=True)
            with open(self.log_file(), "wb") as f:
                f.write(b"this is not an SQLite database\n" * 100)

        for name, breaker, secret, code in (
                ("no folder", break_log_folder, None, EXIT_OK),
                ("not a database", corrupt_log, None, EXIT_OK),
                ("failed send keeps its own code", break_log_folder, "not-the-secret", EXIT_AUTH)):
            with self.subTest(name):
                self.new_tag()
                shutil.rmtree(self.data, ignore_errors=True)
                breaker()
                password, env = self.with_password(secret)
                completed = self.send("--profile", "Work", *password, *self.mail_args(), env=env)
                self.assertExit(completed, code)
                warnings = [line for line in completed.stderr.splitlines() if line.startswith(WARNING)]
                self.assertEqual(len(warnings), 1, completed.stderr)
                if code == EXIT_OK:
                    self.assertEqual(completed.stderr.strip(), warnings[0], "only the warning")
                    self.wait_for_message()
                else:
                    self.assertNothingStored()


if __name__ == "__main__":
    unittest.main()
