#!/usr/bin/python3
"""Waits until test servers answer, and queries the test DNS server (no `dig` needed).

  probe.py [--deadline SECONDS] CHECK...
    smtp:HOST:PORT        a TCP connection gets a 220 greeting
    smtps:HOST:PORT       the same inside TLS (certificate not checked: only liveness)
    dns:SERVER:NAME:TYPE  SERVER (port 53, UDP) answers a TYPE (A or MX) query for NAME
  probe.py --query SERVER NAME TYPE
    prints the answer: `NOERROR`/`NXDOMAIN`/… then one record per line (`10 mx1.mx.test`,
    `127.0.0.2`); for checking dnsmasq by hand.

Exits 0 once every check succeeded, 1 (naming what did not answer) at the deadline.
"""

import argparse
import random
import socket
import ssl
import struct
import sys
import time

TYPES = {"A": 1, "MX": 15, "AAAA": 28}
RCODES = {0: "NOERROR", 1: "FORMERR", 2: "SERVFAIL", 3: "NXDOMAIN", 4: "NOTIMP", 5: "REFUSED"}


def smtp_greeting(host: str, port: int, tls: bool, timeout: float) -> bool:
    with socket.create_connection((host, port), timeout=timeout) as raw:
        sock = raw
        if tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            sock = ctx.wrap_socket(raw)
        greeting = sock.recv(512)
        sock.sendall(b"QUIT\r\n")
        return greeting.startswith(b"220")


def _name(data: bytes, offset: int):
    """Reads a possibly compressed domain name; returns (name, offset after it)."""
    labels, end = [], None
    while True:
        length = data[offset]
        if length & 0xC0 == 0xC0:                  # RFC 1035 §4.1.4 pointer
            if end is None:
                end = offset + 2
            offset = struct.unpack("!H", data[offset:offset + 2])[0] & 0x3FFF
            continue
        offset += 1
        if length == 0:
            break
        labels.append(data[offset:offset + length].decode("ascii"))
        offset += length
    return ".".join(labels), (end if end is not None else offset)


def dns_query(server: str, name: str, qtype: str, timeout: float):
    """Returns (rcode name, [records as text]) from one UDP query to server:53."""
    ident = random.randint(0, 0xFFFF)
    question = b"".join(bytes([len(p)]) + p.encode() for p in name.rstrip(".").split("."))
    packet = struct.pack("!HHHHHH", ident, 0x0100, 1, 0, 0, 0) + question + b"\0" \
        + struct.pack("!HH", TYPES[qtype], 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout)
        s.sendto(packet, (server, 53))
        while True:
            data = s.recv(4096)
            if struct.unpack("!H", data[:2])[0] == ident:
                break
    _, flags, qdcount, ancount, _, _ = struct.unpack("!HHHHHH", data[:12])
    offset = 12
    for _ in range(qdcount):
        _, offset = _name(data, offset)
        offset += 4
    records = []
    for _ in range(ancount):
        _, offset = _name(data, offset)
        rtype, _, _, rdlength = struct.unpack("!HHIH", data[offset:offset + 10])
        offset += 10
        rdata = data[offset:offset + rdlength]
        if rtype == TYPES["A"]:
            records.append(socket.inet_ntoa(rdata))
        elif rtype == TYPES["MX"]:
            preference = struct.unpack("!H", rdata[:2])[0]
            records.append(f"{preference} {_name(data, offset + 2)[0]}")
        else:
            records.append(f"type {rtype}")
        offset += rdlength
    return RCODES.get(flags & 0xF, str(flags & 0xF)), records


def check(spec: str) -> bool:
    kind, _, rest = spec.partition(":")
    try:
        if kind in ("smtp", "smtps"):
            host, port = rest.rsplit(":", 1)
            return smtp_greeting(host, int(port), kind == "smtps", 1.0)
        if kind == "dns":
            server, name, qtype = rest.split(":")
            rcode, records = dns_query(server, name, qtype, 0.5)
            return rcode == "NOERROR" and bool(records)
    except (OSError, ValueError):
        return False
    raise SystemExit(f"probe: unknown check {spec!r}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--deadline", type=float, default=5.0)
    p.add_argument("--query", nargs=3, metavar=("SERVER", "NAME", "TYPE"))
    p.add_argument("checks", nargs="*")
    args = p.parse_args()
    if args.query:
        rcode, records = dns_query(*args.query, timeout=2.0)
        print(rcode)
        print("\n".join(records))
        return 0
    pending = list(args.checks)
    end = time.monotonic() + args.deadline
    while pending:
        pending = [c for c in pending if not check(c)]
        if pending and time.monotonic() > end:
            print("probe: no answer from " + " ".join(pending), file=sys.stderr)
            return 1
        if pending:
            time.sleep(0.05)
    return 0


if __name__ == "__main__":
    sys.exit(main())
