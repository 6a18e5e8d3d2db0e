#!/usr/bin/python3
"""Test SMTP servers for Mailwright: several aiosmtpd listeners in one asyncio process.

Run with Debian's /usr/bin/python3 (python3-aiosmtpd 1.4.3). Every listener binds a free port
on 127.0.0.1 (port 0, the kernel picks); the chosen ports are written to --ports-file as shell
assignments once every listener is bound, which is the signal start.sh waits for.

Listeners (name: security, notes):
  plain        no TLS; AUTH offered in the clear (for the "allow plain-text auth" path)
  starttls     STARTTLS with the localhost certificate; AUTH only after TLS
  tls          implicit TLS, localhost certificate
  expired      implicit TLS, expired certificate (signed by the test CA)
  wronghost    implicit TLS, certificate for wrong.example (signed by the test CA)
  selfsigned   implicit TLS, self-signed localhost certificate
  small        STARTTLS, SIZE limit --small-limit (default 100000 bytes)
  nopipelining STARTTLS, does not advertise PIPELINING
  relay        plain SMTP, no AUTH offered: where the private Dovecot relays what it accepts
               (dovecot.sh; Dovecot adds AUTH=<user> to MAIL FROM for a relay that offers AUTH,
               a parameter aiosmtpd refuses)
  mx2, nomx    (with --direct) plain SMTP on NET.3:25 and NET.4:25 for direct delivery

With --direct (root: ports 25 and 53) it also runs dnsmasq on NET.53:53 as its child, with the
records in README.md, NET being a random free 127.A.B. The process (and dnsmasq) stops on
SIGTERM/SIGINT, or by itself within a second once --ports-file is deleted (say, its state
directory removed without stop.sh).

aiosmtpd 1.4.3 never advertises PIPELINING itself (it does process pipelined commands, reading
one line at a time), so every listener but `nopipelining` adds it to the EHLO reply.

AUTH: PLAIN and LOGIN (aiosmtpd's own), CRAM-MD5, XOAUTH2 and OAUTHBEARER (below). One user,
one password; bearer tokens are the fixed --token, or an unexpired access token issued by the
OAuth 2.0 test authorization server (oauth_server.py) this process also runs. Recipients: a local part starting with `refuse` gets 550 5.1.1, one starting
with `tempfail` gets 450 4.2.0; one starting with `discard` is accepted but, when every
recipient of a message is such, only the .json is stored (for benchmarks: no body on disk).

Accepted messages go to --maildir as N.eml (the DATA bytes exactly as received after removing
dot-stuffing: CRLF kept, final CRLF included) and then N.json (envelope and session facts).
Both are written to a hidden temporary name and renamed, .eml first, so a reader that sees
N.json can read N.eml whole.
"""

import argparse
import asyncio
import base64
import binascii
import hashlib
import hmac
import itertools
import json
import logging
import os
import random
import secrets
import signal
import socket
import ssl
import subprocess
import sys
import time
from typing import NamedTuple, Optional

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, LoginPassword, auth_mechanism

from oauth_server import OAuthServer


class AuthInfo(NamedTuple):
    login: str
    mechanism: str


class Credentials(NamedTuple):
    user: str
    password: str
    token: str


class Maildir:
    """Numbers messages 1, 2, … in one directory; continues after what is already there."""

    def __init__(self, path: str):
        self.path = path
        os.makedirs(path, exist_ok=True)
        existing = [int(n.split(".")[0]) for n in os.listdir(path)
                    if n.endswith(".json") and n.split(".")[0].isdigit()]
        self._numbers = itertools.count(max(existing, default=0) + 1)

    def _write(self, name: str, data: bytes) -> None:
        final = os.path.join(self.path, name)
        temp = os.path.join(self.path, f".{name}.{os.getpid()}.tmp")
        with open(temp, "wb") as f:
            f.write(data)
        os.rename(temp, final)

    def store(self, content: Optional[bytes], meta: dict) -> int:
        number = next(self._numbers)
        while os.path.exists(os.path.join(self.path, f"{number}.json")):
            number = next(self._numbers)
        meta = dict(meta, number=number)
        if content is not None:
            self._write(f"{number}.eml", content)
        self._write(f"{number}.json",
                    json.dumps(meta, ensure_ascii=False, indent=1).encode() + b"\n")
        return number


class Handler:
    """aiosmtpd handler hooks for one listener."""

    def __init__(self, name: str, maildir: Maildir, credentials: Credentials,
                 pipelining: bool):
        self.name = name
        self.maildir = maildir
        self.credentials = credentials
        self.pipelining = pipelining

    # aiosmtpd calls this with (server, session, envelope, mechanism, auth_data) for PLAIN/LOGIN.
    def authenticate(self, server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        if login == self.credentials.user and hmac.compare_digest(
                password.encode(), self.credentials.password.encode()):
            return AuthResult(success=True, auth_data=AuthInfo(login, mechanism))
        return AuthResult(success=False, handled=False)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        # With a 5-argument hook aiosmtpd leaves recording the client's name to us.
        session.host_name = hostname
        if self.pipelining:
            responses.insert(len(responses) - 1, "250-PIPELINING")
        return responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Sender OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.rsplit("@", 1)[0].lower()
        if local.startswith("refuse"):
            return "550 5.1.1 No such user"
        if local.startswith("tempfail"):
            return "450 4.2.0 Mailbox busy"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Recipient OK"

    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content
        ssl_object = server.transport.get_extra_info("ssl_object") if server.transport else None
        auth = session.auth_data if isinstance(session.auth_data, AuthInfo) else None
        discard = all(r.rsplit("@", 1)[0].lower().startswith("discard") for r in envelope.rcpt_tos)
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "mail_options": list(envelope.mail_options),
            "rcpt_options": list(envelope.rcpt_options),
            "listener": self.name,
            "auth_user": auth.login if auth else None,
            "auth_mechanism": auth.mechanism if auth else None,
            "tls": ssl_object is not None,
            "tls_version": ssl_object.version() if ssl_object else None,
            "ehlo": session.host_name,
            "peer": list(session.peer) if session.peer else None,
            "size": len(content),
            "sha256": hashlib.sha256(content).hexdigest(),
            "stored_body": not discard,
            "received_at": time.time(),
        }
        number = self.maildir.store(None if discard else content, meta)
        return f"250 2.0.0 OK queued as {number}"


class MailwrightSMTP(SMTP):
    """aiosmtpd's SMTP plus CRAM-MD5, XOAUTH2 and OAUTHBEARER.

    aiosmtpd finds `auth_*` methods by name and calls them as method(self, args), args being the
    AUTH command's words; they answer with an AuthResult."""

    def __init__(self, handler: Handler, oauth: OAuthServer, **kwargs):
        self.mw_credentials = handler.credentials
        self.mw_oauth = oauth
        super().__init__(handler, authenticator=handler.authenticate, **kwargs)

    def _bearer_ok(self, user: str, token: str) -> bool:
        if user != self.mw_credentials.user:
            return False
        return hmac.compare_digest(token, self.mw_credentials.token) or self.mw_oauth.token_user(token) == user

    async def _initial_response(self, args):
        """The AUTH command's initial response, or the one asked for with an empty 334."""
        if len(args) == 1:
            blob = await self.challenge_auth(b"", encode_to_b64=False)   # "334 "
            return None if blob is MISSING else blob
        try:
            return base64.b64decode(args[1], validate=True)
        except binascii.Error:
            await self.push("501 5.5.2 Can't decode base64")
            return None

    @auth_mechanism("CRAM-MD5")
    async def auth_CRAM_MD5(self, _, args):
        if len(args) != 1:
            await self.push("501 5.5.2 CRAM-MD5 takes no initial response")
            return AuthResult(success=False, handled=True)
        challenge = f"<{secrets.randbelow(10**9)}.{int(time.time())}@{self.hostname}>".encode()
        response = await self.challenge_auth(challenge)   # 334 base64(challenge)
        if response is MISSING:                            # already answered (501)
            return AuthResult(success=False, handled=True)
        # RFC 2195: the client answers base64("user " + hex(HMAC-MD5(password, challenge)))
        login, _, digest = response.decode("utf-8", "replace").rpartition(" ")
        expected = hmac.new(self.mw_credentials.password.encode(), challenge,
                            hashlib.md5).hexdigest()
        if login == self.mw_credentials.user and hmac.compare_digest(digest.lower(), expected):
            return AuthResult(success=True, auth_data=AuthInfo(login, "CRAM-MD5"))
        return AuthResult(success=False, handled=False)

    @auth_mechanism("XOAUTH2")
    async def auth_XOAUTH2(self, _, args):
        blob = await self._initial_response(args)
        if blob is None:
            return AuthResult(success=False, handled=True)
        # "user=" USER ^A "auth=Bearer " TOKEN ^A ^A
        fields = dict(f.split("=", 1) for f in blob.decode("utf-8", "replace").split("\x01") if "=" in f)
        user = fields.get("user", "")
        auth = fields.get("auth", "")
        if auth.startswith("Bearer ") and self._bearer_ok(user, auth[len("Bearer "):]):
            return AuthResult(success=True, auth_data=AuthInfo(user, "XOAUTH2"))
        # Google's way: an error challenge, the client sends an empty line, then 535.
        error = json.dumps({"status": "401", "schemes": "bearer",
                            "scope": "https://mail.google.com/"}).encode()
        await self.push(b"334 " + base64.b64encode(error))
        await self._reader.readline()
        await self.push("535 5.7.8 Username and Password not accepted")
        return AuthResult(success=False, handled=True)

    @auth_mechanism("OAUTHBEARER")
    async def auth_OAUTHBEARER(self, _, args):
        blob = await self._initial_response(args)
        if blob is None:
            return AuthResult(success=False, handled=True)
        # RFC 7628 §3.1: GS2 header "n,a=USER," then ^A key=value ^A … ^A ^A
        header, _, rest = blob.decode("utf-8", "replace").partition("\x01")
        user = next((part[2:] for part in header.split(",") if part.startswith("a=")), "")
        fields = dict(f.split("=", 1) for f in rest.split("\x01") if "=" in f)
        auth = fields.get("auth", "")
        if auth.startswith("Bearer ") and self._bearer_ok(user, auth[len("Bearer "):]):
            return AuthResult(success=True, auth_data=AuthInfo(user, "OAUTHBEARER"))
        # §3.2.2: an error challenge; the client answers ^A and the server ends with 535.
        error = json.dumps({"status": "invalid_token", "scope": "mail", "openid-configuration":
                            f"http://127.0.0.1:{self.mw_oauth.port}/.well-known/openid-configuration"}).encode()
        await self.push(b"334 " + base64.b64encode(error))
        await self._reader.readline()
        await self.push("535 5.7.8 Authentication failed: invalid token")
        return AuthResult(success=False, handled=True)


def server_context(certs: str, name: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.path.join(certs, f"{name}.pem"), os.path.join(certs, f"{name}.key"))
    return ctx


def pick_direct_net(requested: Optional[str]) -> Optional[str]:
    """A 127.A.B network whose .2-.5 port 25 and .53 port 53 are all free, so parallel test
    environments never share the fixed-port direct-delivery servers. None if not allowed
    (binding port 25 needs root or CAP_NET_BIND_SERVICE)."""
    candidates = [requested] if requested else [
        f"127.{random.randint(64, 254)}.{random.randint(0, 255)}" for _ in range(30)]
    for net in candidates:
        probes = [(socket.SOCK_STREAM, f"{net}.{h}", 25) for h in (2, 3, 4, 5)]
        probes += [(socket.SOCK_STREAM, f"{net}.53", 53), (socket.SOCK_DGRAM, f"{net}.53", 53)]
        try:
            for kind, host, port in probes:
                with socket.socket(socket.AF_INET, kind) as s:
                    s.bind((host, port))
            return net
        except PermissionError:
            return None
        except OSError:
            continue
    return None


def start_dnsmasq(net: str, log_path: str) -> subprocess.Popen:
    """mx.test: MX 10 mx1 (nothing on port 25), MX 20 mx2 (a listener); nomx.test: an A record
    only, so delivery falls back to it; dead.test: its only MX has nothing on port 25."""
    records = [
        "--mx-host=mx.test,mx1.mx.test,10", "--mx-host=mx.test,mx2.mx.test,20",
        f"--host-record=mx1.mx.test,{net}.2", f"--host-record=mx2.mx.test,{net}.3",
        f"--host-record=nomx.test,{net}.4",
        "--mx-host=dead.test,mx.dead.test,10", f"--host-record=mx.dead.test,{net}.5",
    ]
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            ["dnsmasq", "--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv",
             "--no-hosts", "--no-poll", "--bind-interfaces", f"--listen-address={net}.53",
             "--port=53", "--log-facility=-", "--log-queries", "--local=/test/", *records],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)


async def serve(args) -> None:
    loop = asyncio.get_running_loop()
    maildir = Maildir(args.maildir)
    credentials = Credentials(args.user, args.password, args.token)
    oauth = OAuthServer(args.user)
    oauth_port = await oauth.start()
    big = args.size_limit

    # name: (host, port, implicit-TLS cert, STARTTLS cert, auth without TLS, SIZE, PIPELINING)
    listeners = {
        "plain": ("127.0.0.1", 0, None, None, True, big, True),
        "starttls": ("127.0.0.1", 0, None, "localhost", False, big, True),
        "tls": ("127.0.0.1", 0, "localhost", None, True, big, True),
        "expired": ("127.0.0.1", 0, "expired", None, True, big, True),
        "wronghost": ("127.0.0.1", 0, "wronghost", None, True, big, True),
        "selfsigned": ("127.0.0.1", 0, "selfsigned", None, True, big, True),
        "small": ("127.0.0.1", 0, None, "localhost", False, args.small_limit, True),
        "nopipelining": ("127.0.0.1", 0, None, "localhost", False, big, False),
        "relay": ("127.0.0.1", 0, None, None, False, big, True),
    }
    direct_net = pick_direct_net(args.direct_net) if args.direct else None
    if direct_net:
        # Plain SMTP, no AUTH, as an MX host that offers nothing else.
        listeners["mx2"] = (f"{direct_net}.3", 25, None, None, False, big, True)
        listeners["nomx"] = (f"{direct_net}.4", 25, None, None, False, big, True)

    ports = {}
    for name, (host, port, implicit, starttls, auth_plain, size, pipelining) in listeners.items():
        handler = Handler(name, maildir, credentials, pipelining)
        tls_context = server_context(args.certs, starttls) if starttls else None

        def factory(handler=handler, tls_context=tls_context, auth_plain=auth_plain, size=size):
            return MailwrightSMTP(
                handler, oauth, loop=loop, hostname=f"{handler.name}.mailwright.test",
                ident="Mailwright test ESMTP (aiosmtpd)", tls_context=tls_context,
                auth_require_tls=not auth_plain, data_size_limit=size, enable_SMTPUTF8=True)

        server = await loop.create_server(
            factory, host=host, port=port, family=socket.AF_INET,
            ssl=server_context(args.certs, implicit) if implicit else None)
        ports[name] = server.sockets[0].getsockname()[1]

    dnsmasq = start_dnsmasq(direct_net, args.dnsmasq_log) if direct_net else None

    lines = [f"SMTP_{name.upper()}_PORT={port}" for name, port in ports.items()]
    lines.append(f"OAUTH_PORT={oauth_port}")
    lines.append(f"SMTP_PID={os.getpid()}")
    lines.append(f"DNSMASQ_PID={dnsmasq.pid if dnsmasq else ''}")
    lines.append(f"DIRECT_NET={direct_net or ''}")
    temp = args.ports_file + ".tmp"
    with open(temp, "w") as f:
        f.write("\n".join(lines) + "\n")
    os.rename(temp, args.ports_file)

    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), timeout=1.0)
            except asyncio.TimeoutError:
                pass
            if not os.path.exists(args.ports_file):
                logging.warning("%s is gone: stopping", args.ports_file)
                break
            if dnsmasq and dnsmasq.poll() is not None:
                logging.error("dnsmasq exited with %s: stopping", dnsmasq.returncode)
                break
    finally:
        if dnsmasq and dnsmasq.poll() is None:
            dnsmasq.terminate()
            try:
                dnsmasq.wait(timeout=2)
            except subprocess.TimeoutExpired:
                dnsmasq.kill()
                dnsmasq.wait()


class _QuietDeprecation(logging.Filter):
    # aiosmtpd warns on every AUTH that Session.login_data is deprecated; it sets it itself.
    def filter(self, record):
        return "deprecated" not in str(record.msg)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--certs", required=True, help="directory made by make-certs.sh")
    p.add_argument("--maildir", required=True)
    p.add_argument("--ports-file", required=True)
    p.add_argument("--user", default="tester@mailwright.test")
    p.add_argument("--password", default="Pa55-w0rd!test")
    p.add_argument("--token", default="ya29.mailwright-test-token")
    p.add_argument("--size-limit", type=int, default=2**30, help="SIZE of the big listeners")
    p.add_argument("--small-limit", type=int, default=100000, help="SIZE of `small`")
    p.add_argument("--direct", action="store_true",
                   help="also run the port-25 MX listeners and dnsmasq (needs root)")
    p.add_argument("--dnsmasq-log", default=os.devnull, help="dnsmasq's output")
    p.add_argument("--direct-net", help="127.A.B to use instead of a random free one")
    p.add_argument("--verbose", action="store_true", help="log every command (AUTH redacted)")
    args = p.parse_args()

    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("mail.log").addFilter(_QuietDeprecation())
    asyncio.run(serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
