#!/usr/bin/python3
"""A minimal SMTP sink for throughput and memory benchmarks: it accepts and discards.

STARTTLS (with the test localhost certificate), AUTH PLAIN/LOGIN accepting any credentials
after TLS, PIPELINING, SIZE, 8BITMIME. DATA is read in large chunks and only scanned for the
terminating <CRLF>.<CRLF>: nothing is stored, parsed or un-stuffed, so the sink is never the
bottleneck the way a line-by-line server (aiosmtpd) is for a 90 MB message.

One thread per connection, blocking sockets. Binds 127.0.0.1 (port 0 by default) and writes
the chosen port to --port-file once listening. Stops on SIGTERM/SIGINT.

    null_sink.py --cert localhost.pem --key localhost.key --port-file FILE
"""

import argparse
import base64
import os
import signal
import socket
import ssl
import sys
import threading

TERMINATOR = b"\r\n.\r\n"


class Conn:
    def __init__(self, sock: socket.socket, ctx: ssl.SSLContext):
        self.sock = sock
        self.ctx = ctx
        self.buf = bytearray()
        self.out = []
        self.tls = False

    def recv(self) -> bytes:
        return self.sock.recv(1 << 20)

    def readline(self):
        while True:
            i = self.buf.find(b"\n")
            if i >= 0:
                line = bytes(self.buf[:i + 1])
                del self.buf[:i + 1]
                return line
            data = self.recv()
            if not data:
                return None
            self.buf += data

    def reply(self, text: str) -> None:
        self.out.append(text.encode() + b"\r\n")
        if not self.buf:              # nothing more pipelined: flush all answers in one write
            self.flush()

    def flush(self) -> None:
        if self.out:
            self.sock.sendall(b"".join(self.out))
            self.out.clear()

    def read_data(self) -> int:
        """Consumes the message up to and including <CRLF>.<CRLF>; returns its size."""
        size = 0
        tail = b"\r\n"                # the DATA line's own CRLF: an empty message is ".\r\n"
        chunk = bytes(self.buf)
        self.buf.clear()
        while True:
            if chunk:
                window = tail + chunk
                i = window.find(TERMINATOR)
                if i >= 0:
                    end = i + len(TERMINATOR) - len(tail)   # index in chunk after the terminator
                    size += max(0, i - len(tail) + 2)
                    self.buf += chunk[end:]
                    return size
                size += len(chunk)
                tail = window[-4:]
            chunk = self.recv()
            if not chunk:
                raise ConnectionError("EOF in DATA")

    def serve(self) -> None:
        self.reply("220 nullsink.mailwright.test ESMTP null sink")
        while True:
            line = self.readline()
            if line is None:
                return
            words = line.decode("utf-8", "replace").strip().split()
            verb = words[0].upper() if words else ""
            if verb in ("EHLO", "HELO"):
                caps = ["nullsink.mailwright.test", "PIPELINING", "SIZE 4294967295", "8BITMIME"]
                caps.append("AUTH PLAIN LOGIN" if self.tls else "STARTTLS")
                self.reply("\r\n".join(f"250-{c}" for c in caps[:-1]) + f"\r\n250 {caps[-1]}")
            elif verb == "STARTTLS" and not self.tls:
                self.reply("220 Go ahead")
                self.flush()
                self.sock = self.ctx.wrap_socket(self.sock, server_side=True)
                self.tls = True
                self.buf.clear()
            elif verb == "AUTH":
                mech = words[1].upper() if len(words) > 1 else ""
                if mech == "PLAIN" and len(words) < 3:
                    self.reply("334 ")
                    self.flush()
                    self.readline()
                elif mech == "LOGIN":
                    self.reply("334 " + base64.b64encode(b"Username:").decode())
                    self.flush()
                    self.readline()
                    self.reply("334 " + base64.b64encode(b"Password:").decode())
                    self.flush()
                    self.readline()
                self.reply("235 2.7.0 Accepted")
            elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 Go ahead")
                self.flush()
                size = self.read_data()
                self.reply(f"250 2.0.0 Discarded {size} bytes")
            elif verb == "QUIT":
                self.reply("221 Bye")
                self.flush()
                if self.tls:              # close_notify, so clients see a clean TLS end
                    self.sock.settimeout(2)
                    self.sock = self.sock.unwrap()
                return
            else:
                self.reply("502 5.5.2 Not implemented")


def handle(sock: socket.socket, ctx: ssl.SSLContext) -> None:
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    conn = Conn(sock, ctx)
    try:
        conn.serve()
    except (OSError, ConnectionError, ssl.SSLError):
        pass
    finally:
        try:
            conn.sock.close()
        except OSError:
            pass


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--port-file", required=True)
    args = p.parse_args()

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(args.cert, args.key)
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((args.host, args.port))
    srv.listen(64)
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(f"{srv.getsockname()[1]}\n")
    os.rename(tmp, args.port_file)

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    while True:
        sock, _ = srv.accept()
        threading.Thread(target=handle, args=(sock, ctx), daemon=True).start()


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(0)
