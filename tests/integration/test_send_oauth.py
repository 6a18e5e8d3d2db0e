"""mailwright-send with OAuth 2.0 profiles, against the test authorization server and the
aiosmtpd listeners that accept only the access tokens it issued (tools/testenv/oauth_server.py).

`--sign-in --profile NAME` signs in from the terminal with the device flow (RFC 8628: a code,
then polling through authorization_pending and slow_down); sends use the stored sign-in and
renew it when the access token has expired, keeping the rotated refresh token. Profiles keep the
sign-in in the settings file (the explicit opt-in), or in a private gnome-keyring started by
tests/support/with-keyring.sh, so that a later process finds it.

Run by ctest like test_send_profile; skips only when MAILWRIGHT_TEST_OAUTH_URL is absent.
"""

import os
import re
import shlex
import subprocess
import unittest

import test_send_cli as cli
import test_send_profile as profiles
from test_send_profile import ProfileTestCase, EXIT_OK, EXIT_USAGE, EXIT_AUTH

ENV = os.environ


def setUpModule():
    if "MAILWRIGHT_TEST_OAUTH_URL" not in ENV:
        raise unittest.SkipTest("MAILWRIGHT_TEST_OAUTH_URL is not set: start tools/testenv (tools/test.sh does)")
    profiles.setUpModule()


def tearDownModule():
    profiles.tearDownModule()


class OAuthCliTest(ProfileTestCase):

    def oauth_profile(self, client, storage="SettingsFile", provider="Custom", device=True):
        url = ENV["MAILWRIGHT_TEST_OAUTH_URL"]
        extra = ["--oauth-provider", provider, "--oauth-client-id", f"{client}-{self.tag}",
                 "--allow-plain-auth"]
        if provider == "Custom":
            extra += ["--oauth-authorization-url", f"{url}/authorize", "--oauth-token-url", f"{url}/token",
                      "--oauth-scopes", "mail offline_access openid email"]
            if device:
                extra += ["--oauth-device-url", f"{url}/devicecode"]
        self.client = f"{client}-{self.tag}"
        self.write_profile(listener="PLAIN", security="None", storage=storage, extra=extra)

    def stored_sign_in(self):
        """The tokens the settings file keeps for the profile (the explicit opt-in), or None."""
        with open(self.profiles_file(), encoding="utf-8") as f:
            text = f.read()
        access = re.findall(r"mw-at-[A-Za-z0-9_-]+", text)
        refresh = re.findall(r"mw-rt-[A-Za-z0-9_-]+", text)
        if len(access) != 1 or len(refresh) != 1:
            return None
        return {"accessToken": access[0], "refreshToken": refresh[0]}

    def sign_in(self, **env):
        return self.send("--sign-in", "--profile", "Work", env=env)

    def test_sign_in_from_the_terminal_then_send_and_renew(self):
        self.oauth_profile("mailwright-test-cli-short")   # access tokens that expire at once
        completed = self.sign_in()
        self.assertExit(completed, EXIT_OK)
        self.assertIn("enter the code MWTS-", completed.stdout)
        self.assertIn(f"Signed in as {cli.USER}.", completed.stdout)
        first = self.stored_sign_in()
        self.assertIsNotNone(first, "the sign-in is kept where the profile chose: the settings file")

        with self.subTest("the access token expired: renewed first, the rotated refresh token kept"):
            completed = self.send("--profile", "Work", *self.mail_args())
            self.assertExit(completed, EXIT_OK)
            meta = self.wait_for_message().meta
            self.assertEqual(meta["auth_user"], cli.USER)
            self.assertEqual(meta["auth_mechanism"], "XOAUTH2")
            renewed = self.stored_sign_in()
            self.assertNotEqual(renewed["refreshToken"], first["refreshToken"])
            self.assertNotEqual(renewed["accessToken"], first["accessToken"])

        with self.subTest("and again with the rotated one"):
            self.new_tag()
            completed = self.send("--profile", "Work", *self.mail_args())
            self.assertExit(completed, EXIT_OK)
            self.wait_for_message()

        with self.subTest("no token in the conversation log, raw files included"):
            data = self.log_bytes()
            self.assertTrue(data, "the sends are logged")
            for tokens in (first, renewed, self.stored_sign_in()):
                self.assertNotIn(tokens["accessToken"].encode(), data)
                self.assertNotIn(tokens["refreshToken"].encode(), data)

    def test_sign_in_kept_in_the_keyring(self):
        self.oauth_profile("mailwright-test-cli-keyring", storage=None)
        base = ["env", f"XDG_CONFIG_HOME={self.config}", f"XDG_DATA_HOME={self.data}", cli.SEND]
        sign_in = shlex.join(base + ["--sign-in", "--profile", "Work"])
        send = shlex.join(base + ["--profile", "Work", *self.mail_args()])
        script = (f"{sign_in} || exit $?\n"
                  f"if grep -q mailwright-oauth {shlex.quote(self.profiles_file())}; "
                  f"then echo 'tokens written to profiles.ini' >&2; exit 91; fi\n"
                  f"exec {send}\n")
        completed = subprocess.run([profiles.WITH_KEYRING, "sh", "-c", script], capture_output=True, text=True,
                                   timeout=120, env=dict(ENV, LANG="C.UTF-8"))
        self.assertEqual(completed.returncode, EXIT_OK, completed.stderr + completed.stdout)
        self.assertEqual(self.wait_for_message().meta["auth_mechanism"], "XOAUTH2")

    def test_refused_sign_in_says_sign_in_again(self):
        self.oauth_profile("mailwright-test-cli-short-invalid-grant")
        self.assertExit(self.sign_in(), EXIT_OK)   # a send must renew it, and the renewal is refused
        completed = self.send("--profile", "Work", *self.mail_args())
        self.assertExit(completed, EXIT_AUTH)
        self.assertOneStderrLine(completed, "Sign in again", "Token has been expired or revoked.",
                                 "mailwright-send --sign-in --profile Work")
        self.assertNothingStored()

    def test_not_signed_in(self):
        self.oauth_profile("mailwright-test-cli-none")
        completed = self.send("--profile", "Work", *self.mail_args())
        self.assertExit(completed, EXIT_AUTH)
        self.assertOneStderrLine(completed, "is not signed in", "--sign-in --profile Work")
        self.assertNothingStored()

    def test_google_signs_in_from_the_window(self):
        self.oauth_profile("mailwright-test-cli-google", provider="Google")
        completed = self.send("--sign-in", "--profile", "Work", env={"DISPLAY": "", "WAYLAND_DISPLAY": ""})
        self.assertExit(completed, EXIT_USAGE)
        self.assertOneStderrLine(completed, "Google does not allow signing in to mail from a terminal",
                                 "Mailwright window")

    def test_without_a_keychain_the_sign_in_cannot_be_kept(self):
        self.oauth_profile("mailwright-test-cli-nokeychain", storage=None)
        completed = self.sign_in()   # the isolated environment has no D-Bus: no keychain
        self.assertExit(completed, EXIT_USAGE)
        self.assertOneStderrLine(completed, f"Signed in as {cli.USER}, but the sign-in could not be kept",
                                 "settings file")

    def test_a_password_profile_has_nothing_to_sign_in(self):
        self.write_profile()
        completed = self.sign_in()
        self.assertExit(completed, EXIT_USAGE)
        self.assertOneStderrLine(completed, "logs in with a password")


if __name__ == "__main__":
    unittest.main()
