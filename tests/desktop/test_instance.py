"""One running Mailwright: later `mailwright …` launches hand their request (a mailto: link,
--attach files, or nothing) to it and it opens a new composer window; a socket left by a crash
is recovered from. The instance runs offscreen in a private session; its windows are read back
through the describe test hook (desktop_support.py)."""

import os
import signal
import stat
import subprocess
import unittest
import urllib.parse

from desktop_support import Session, describe, install_into, log_of, request, wait_for, windows_when

MAILWRIGHT = os.environ["MAILWRIGHT"]


class InstanceTest(unittest.TestCase):
    def setUp(self):
        self.session = Session()
        self.addCleanup(self.session.close)

    def start_instance(self, *arguments):
        instance = self.session.start(MAILWRIGHT, *arguments)
        try:
            windows_when(self.session.socket, 1)
        except AssertionError:
            self.fail("the instance did not start: " + log_of(instance))
        return instance

    def launch(self, *arguments, cwd=None):
        done = self.session.run(MAILWRIGHT, *arguments, cwd=cwd)
        self.assertEqual(done.returncode, 0, done.stderr)
        return done

    def test_a_link_opens_a_window_in_the_running_instance(self):
        instance = self.start_instance()
        report = self.session.path("home", "report.pdf")
        with open(report, "w") as file:
            file.write("figures\n")
        link = ("mailto:bob@example.org,ann@example.org?cc=cy@example.org&bcc=dee@example.org"
                "&subject=Quarterly%20%E6%8A%A5%E5%91%8A&body=Hello%2C%0D%0Aline%20two"
                "&in-reply-to=%3C42@example.org%3E&references=%3C41@example.org%3E%20%3C42@example.org%3E"
                "&From=ceo@example.org&attach=" + urllib.parse.quote(report, safe=""))
        self.launch(link)
        self.assertIsNone(instance.poll(), "the instance keeps running")
        first, second = windows_when(self.session.socket, 2)
        self.assertEqual(first["subject"], "")
        self.assertEqual(second["to"], "bob@example.org, ann@example.org")
        self.assertEqual(second["cc"], "cy@example.org")
        self.assertEqual(second["bcc"], "dee@example.org")
        self.assertEqual(second["subject"], "Quarterly 报告")
        self.assertEqual(second["body"], "Hello,\nline two")
        self.assertEqual(second["headers"], [["In-Reply-To", "<42@example.org>"],
                                             ["References", "<41@example.org> <42@example.org>"]])
        self.assertEqual(second["attachments"], [{"path": report, "requestedByLink": True}])
        self.assertEqual(len(second["linkNotes"]), 1)
        self.assertIn("“From”", second["linkNotes"][0])
        self.assertTrue(second["visible"])

    def test_attach_option_attaches_directly(self):
        self.start_instance()
        os.makedirs(self.session.path("home", "work"))
        with open(self.session.path("home", "work", "notes.txt"), "w") as file:
            file.write("notes\n")
        # A relative path is the launch's own: the instance, started elsewhere, gets it whole.
        self.launch("--attach", "notes.txt", "mailto:bob@example.org", cwd=self.session.path("home", "work"))
        window = windows_when(self.session.socket, 2)[1]
        self.assertEqual(window["to"], "bob@example.org")
        self.assertEqual(window["attachments"],
                         [{"path": self.session.path("home", "work", "notes.txt"), "requestedByLink": False}])

    def test_refused_files_are_listed_not_attached(self):
        self.start_instance()
        os.makedirs(self.session.path("home", ".ssh"))
        key = self.session.path("home", ".ssh", "id_rsa")
        with open(key, "w") as file:
            file.write("secret\n")
        self.launch("mailto:bob@example.org?attach=" + urllib.parse.quote(key, safe="")
                    + "&attachment=/proc/self/environ")
        window = windows_when(self.session.socket, 2)[1]
        self.assertEqual(window["attachments"], [])
        notes = "\n".join(window["linkNotes"])
        self.assertIn(key + " was not attached", notes)
        self.assertIn("/proc/self/environ was not attached", notes)

    def test_no_arguments_open_a_new_message(self):
        self.start_instance()
        self.launch()
        windows = windows_when(self.session.socket, 2)
        self.assertEqual([window["to"] for window in windows], ["", ""])

    def test_usage_errors_open_nothing(self):
        self.start_instance()
        for arguments in (["https://example.org"], ["mailto:a@x.org", "mailto:b@x.org"]):
            done = self.session.run(MAILWRIGHT, *arguments)
            self.assertEqual(done.returncode, 2, arguments)
            self.assertTrue(done.stderr.startswith("mailwright: "), done.stderr)
        self.assertEqual(len(describe(self.session.socket)), 1)

    def test_socket_left_by_a_crash_is_recovered_from(self):
        crashed = self.start_instance()
        crashed.send_signal(signal.SIGKILL)
        crashed.wait()
        self.assertTrue(stat.S_ISSOCK(os.stat(self.session.socket).st_mode), "the crash left its socket")
        # The next launch finds nobody there and becomes the instance itself.
        successor = self.session.start(MAILWRIGHT, "mailto:after@example.org")
        window = windows_when(self.session.socket, 1)[0]
        self.assertEqual(window["to"], "after@example.org")
        self.assertIsNone(successor.poll())
        self.launch("mailto:later@example.org")
        self.assertEqual(windows_when(self.session.socket, 2)[1]["to"], "later@example.org")

    def test_launches_at_once_make_one_instance(self):
        launches = [self.session.start(MAILWRIGHT, "mailto:n%d@example.org" % n) for n in range(3)]
        windows = windows_when(self.session.socket, 3)
        self.assertEqual(sorted(window["to"] for window in windows),
                         ["n0@example.org", "n1@example.org", "n2@example.org"])
        wait_for(lambda: sum(launch.poll() is None for launch in launches) == 1, "the two later launches to end")
        for launch in launches:
            if launch.poll() is not None:
                self.assertEqual(launch.returncode, 0, log_of(launch))

    def test_only_this_user_reaches_the_instance(self):
        self.start_instance()
        self.assertEqual(stat.S_IMODE(os.stat(self.session.socket).st_mode) & 0o077, 0)
        self.assertEqual(stat.S_IMODE(os.stat(self.session.runtime).st_mode) & 0o077, 0)

    def test_describe_is_refused_without_the_hook(self):
        session = Session(hooks=False)
        self.addCleanup(session.close)
        session.start(MAILWRIGHT)
        answers = []
        wait_for(lambda: answers.append(request(session.socket, {"version": 1, "kind": "describe"})) or True,
                 "the instance to answer")
        self.assertFalse(answers[0]["ok"])
        self.assertIn("MAILWRIGHT_TEST_HOOKS", answers[0]["error"])
        # Another version's request is refused with a sentence, not misread.
        other = request(session.socket, {"version": 99, "kind": "compose", "mailto": "mailto:a@x.org"})
        self.assertFalse(other["ok"])
        self.assertIn("protocol 99", other["error"])


class XdgEmailTest(unittest.TestCase):
    """xdg-email and xdg-open with Mailwright made the default mailto: handler the way a person
    (or a desktop's settings) does it — `xdg-mime default` in a private XDG_CONFIG_HOME — and
    installed (DESTDIR) in a temporary root: XDG_DATA_DIRS finds its desktop file, whose Exec
    runs the installed program from PATH. xdg-utils asks for the handler only when there is a
    display, so DISPLAY is set; Qt still draws offscreen and nothing connects to it
    (XDG_CURRENT_DESKTOP=X-Generic keeps xdg-utils from probing for a desktop)."""

    def setUp(self):
        self.session = Session()
        self.addCleanup(self.session.close)
        root = self.session.path("root")
        install_into(root)
        self.session.env.update({
            "PATH": os.path.join(root, "usr", "bin") + ":" + self.session.env["PATH"],
            "XDG_DATA_DIRS": os.path.join(root, "usr", "share") + ":/usr/share",
            "XDG_CURRENT_DESKTOP": "X-Generic",
            "DISPLAY": ":0",
        })
        made = self.session.run("xdg-mime", "default", "org.mailwright.Mailwright.desktop", "x-scheme-handler/mailto")
        self.assertEqual(made.returncode, 0, made.stderr)
        handler = self.session.run("xdg-mime", "query", "default", "x-scheme-handler/mailto")
        self.assertEqual(handler.stdout.strip(), "org.mailwright.Mailwright.desktop")
        instance = self.session.start(os.path.join(root, "usr", "bin", "mailwright"))
        try:
            windows_when(self.session.socket, 1)
        except AssertionError:
            self.fail("the installed instance did not start: " + log_of(instance))

    def test_xdg_email_opens_a_new_message(self):
        documents = self.session.path("home", "Documents")
        os.makedirs(documents)
        report = os.path.join(documents, "report 2026.pdf")
        with open(report, "w") as file:
            file.write("figures\n")
        sent = self.session.run("xdg-email", "--subject", "Quarterly report", "--cc", "cy@example.org",
                                "--body", "Hello,\nsecond line", "--attach", report, "bob@example.org")
        self.assertEqual(sent.returncode, 0, sent.stdout + sent.stderr)
        window = windows_when(self.session.socket, 2)[1]
        self.assertEqual(window["to"], "bob@example.org")
        self.assertEqual(window["cc"], "cy@example.org")
        self.assertEqual(window["subject"], "Quarterly report")
        self.assertEqual(window["body"], "Hello,\nsecond line")
        # --attach arrives as attach= in the link: it waits for the person's confirmation.
        self.assertEqual(window["attachments"], [{"path": report, "requestedByLink": True}])
        self.assertEqual(window["linkNotes"], [])

    def test_xdg_open_follows_a_link(self):
        opened = self.session.run("xdg-open", "mailto:ann@example.org?subject=Lunch%3F&bcc=me@example.org")
        self.assertEqual(opened.returncode, 0, opened.stdout + opened.stderr)
        window = windows_when(self.session.socket, 2)[1]
        self.assertEqual((window["to"], window["bcc"], window["subject"]), ("ann@example.org", "me@example.org", "Lunch?"))


if __name__ == "__main__":
    unittest.main()
