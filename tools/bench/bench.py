#!/usr/bin/python3
"""Measurement harness behind tools/bench/run.sh. It measures and records; it never asserts.

Each subcommand runs one part of the benchmark and appends rows to --results (TSV):
    part  client  metric  value  unit  note
`table` prints them; budgets are shown next to the figures for reading, not checked.

Configuration comes from the environment run.sh sets up: MW_BIN (mailwright-send), MW_BENCH_WORK
(scratch directory), MAILWRIGHT_TEST_CA, MAILWRIGHT_TEST_SMTP_USER, MW_BENCH_PW (password).
"""

import argparse
import base64
import os
import resource
import statistics
import subprocess
import sys
import time

MW = os.environ.get("MW_BIN", "mailwright-send")
WORK = os.environ.get("MW_BENCH_WORK", "/tmp")
CA = os.environ.get("MAILWRIGHT_TEST_CA", "")
USER = os.environ.get("MAILWRIGHT_TEST_SMTP_USER", "tester@mailwright.test")
PW = os.environ.get("MW_BENCH_PW", "")
FROM = "bench@mailwright.test"
HOST = "127.0.0.1"


def rcpts(n):
    # `discard…` recipients: the aiosmtpd test server keeps no body on disk for them.
    return ["discard@bench.test"] if n == 1 else [f"discard{i:02d}@bench.test" for i in range(n)]


# ---------------------------------------------------------------- clients


def mw_cmd(port, to, body=None, body_file=None, attach=None, extra=()):
    cmd = [MW, "--server", f"{HOST}:{port}", "--security", "starttls", "--user", USER,
           "--password-env", "MW_BENCH_PW", "--auth", "plain", "--ca-file", CA,
           "--from", FROM, "--subject", "Mailwright benchmark", "--timeout", "120"]
    for r in to:
        cmd += ["--to", r]
    if body is not None:
        cmd += ["--body", body]
    if body_file:
        cmd += ["--body-file", body_file]
    if attach:
        cmd += ["--attach", attach]
    return cmd + list(extra)


def mw_eml(path, to, **kw):
    """The exact bytes mailwright-send would send, via --dry-run --save-eml."""
    cmd = mw_cmd(0, to, extra=["--dry-run", "--save-eml", path], **kw)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def curl_cmd(port, to, eml):
    cmd = ["curl", "-sS", "--url", f"smtp://{HOST}:{port}", "--ssl-reqd", "--cacert", CA,
           "--user", f"{USER}:{PW}", "--login-options", "AUTH=PLAIN", "--mail-from", FROM,
           "--upload-file", eml]
    for r in to:
        cmd += ["--mail-rcpt", r]
    return cmd, None


def msmtp_cmd(port, to, eml):
    cmd = ["msmtp", "--file=/dev/null", f"--host={HOST}", f"--port={port}", "--tls=on",
           "--tls-starttls=on", f"--tls-trust-file={CA}", "--auth=plain", f"--user={USER}",
           "--passwordeval=printf '%s\\n' \"$MW_BENCH_PW\"", f"--from={FROM}",
           "--domain=localhost", "--"] + to
    return cmd, eml


def swaks_cmd(port, to, eml, pipeline=False):
    cmd = ["swaks", "--server", HOST, "--port", str(port), "--tls", "--tls-verify",
           "--tls-ca-path", CA, "--auth", "PLAIN", "--auth-user", USER, "--auth-password", PW,
           "--from", FROM, "--to", ",".join(to), "--data", "-", "--silent", "2"]
    if pipeline:
        cmd.append("--pipeline")
    return cmd, eml


def s_client_input(path, eml, to):
    """SMTP dialogue after STARTTLS, pipelined, with the dot-stuffed message: what s_client
    pushes from stdin."""
    with open(eml, "rb") as f:
        data = f.read()
    if data.startswith(b"."):
        data = b"." + data
    data = data.replace(b"\r\n.", b"\r\n..")
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    auth = base64.b64encode(b"\0" + USER.encode() + b"\0" + PW.encode()).decode()
    head = f"EHLO bench.localhost\r\nAUTH PLAIN {auth}\r\nMAIL FROM:<{FROM}>\r\n"
    head += "".join(f"RCPT TO:<{r}>\r\n" for r in to) + "DATA\r\n"
    with open(path, "wb") as f:
        f.write(head.encode() + data + b".\r\nQUIT\r\n")
    return path


def s_client_cmd(port, to, input_file):
    cmd = ["openssl", "s_client", "-starttls", "smtp", "-connect", f"{HOST}:{port}", "-quiet",
           "-CAfile", CA, "-verify_return_error", "-name", "bench.localhost"]
    return cmd, input_file


# ---------------------------------------------------------------- running


def run_once(cmd, stdin_file=None, time_rss=False):
    """Wall time of one run; (seconds, returncode, stderr tail, peak RSS KiB or None)."""
    rss_file = None
    if time_rss:
        rss_file = os.path.join(WORK, "rss.txt")
        cmd = ["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd
    stdin = open(stdin_file, "rb") if stdin_file else subprocess.DEVNULL
    try:
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           env=os.environ)
        dt = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        run_once.cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    finally:
        if stdin_file:
            stdin.close()
    rss = None
    if rss_file:
        with open(rss_file) as f:
            rss = int(f.read().strip().splitlines()[-1])
    return dt, p.returncode, p.stderr.decode("utf-8", "replace")[-300:], rss


class Results:
    def __init__(self, path, part):
        self.path = path
        self.part = part

    def add(self, client, metric, value, unit, note=""):
        note = note.replace("\t", " ").replace("\n", " ")
        with open(self.path, "a") as f:
            f.write(f"{self.part}\t{client}\t{metric}\t{value}\t{unit}\t{note}\n")
        print(f"  {self.part:<10} {client:<26} {metric:<16} {value} {unit} {note}", flush=True)


def measure(res, clients, n, metric="median wall", extra_notes=None):
    """Round-robin N runs of every client (so drift hits all alike); record median and spread.
    clients: {label: (cmd, stdin_file)}. Returns {label: median seconds or None}."""
    times = {k: [] for k in clients}
    cpus = {k: [] for k in clients}
    failures = {}
    for _ in range(n):
        for label, (cmd, stdin_file) in clients.items():
            if label in failures:
                continue
            dt, rc, err, _ = run_once(cmd, stdin_file)
            if rc != 0:
                failures[label] = f"exit {rc}: {err.strip()}"
                continue
            times[label].append(dt)
            cpus[label].append(run_once.cpu)
    medians = {}
    for label, ts in times.items():
        if label in failures:
            res.add(label, metric, "FAILED", "", failures[label])
            medians[label] = None
            continue
        med = statistics.median(ts)
        medians[label] = med
        note = (f"n={len(ts)} min={min(ts)*1000:.1f} max={max(ts)*1000:.1f} ms;"
                f" client CPU user+sys median {statistics.median(cpus[label])*1000:.1f} ms")
        if extra_notes and label in extra_notes:
            note += "; " + extra_notes[label]
        res.add(label, metric, f"{med*1000:.1f}", "ms", note)
    return medians


# ---------------------------------------------------------------- parts


def part_startup(args):
    res = Results(args.results, "startup")
    to = rcpts(1)
    body = "Hello from the Mailwright start-up benchmark."
    eml = os.path.join(WORK, "oneline.eml")
    mw_eml(eml, to, body=body)
    clients = {
        "mailwright-send": (mw_cmd(args.port, to, body=body), None),
        "curl": curl_cmd(args.port, to, eml),
        "msmtp": msmtp_cmd(args.port, to, eml),
        "swaks": swaks_cmd(args.port, to, eml),
    }
    # One untimed warm-up each (page cache, first TLS context load).
    for cmd, stdin_file in clients.values():
        run_once(cmd, stdin_file)
    measure(res, clients, args.n)


def part_rtt(args):
    res = Results(args.results, "rtt")
    to = rcpts(20)
    body = "Hello twenty recipients."
    eml = os.path.join(WORK, "rcpt20.eml")
    mw_eml(eml, to, body=body)
    rt = 2 * args.delay

    def clients(port):
        return {
            "mailwright-send": (mw_cmd(port, to, body=body), None),
            "msmtp": msmtp_cmd(port, to, eml),
            "swaks": swaks_cmd(port, to, eml),
            "swaks --pipeline": swaks_cmd(port, to, eml, pipeline=True),
            "curl": curl_cmd(port, to, eml),
        }

    if args.phase == "base":
        measure(Results(args.results, "rtt-0ms"), clients(args.port), args.n,
                metric="wall, no delay")
        return
    base = {}
    with open(args.results) as f:
        for line in f:
            part, client, _, value, unit, _ = line.rstrip("\n").split("\t")
            if part == "rtt-0ms" and unit == "ms":
                base[client] = float(value) / 1000
    delayed = measure(res, clients(args.port), args.n,
                      metric=f"wall, {args.delay*1000:.0f}ms/dir",
                      extra_notes={k: f"via {args.how}" for k in clients(args.port)})
    for label, t in delayed.items():
        if t is None:
            continue
        excess = f"{(t - base[label]) / rt:.1f} RT" if label in base else "n/a"
        res.add(label, "round trips", f"{t / rt:.1f}", "RT",
                f"wall/{rt*1000:.0f}ms; excess over the no-delay run: {excess}")
    # One transcript of mailwright-send through the delay, for reading where the time goes.
    path = os.path.join(WORK, "rtt-mailwright-transcript.txt")
    with open(path, "wb") as f:
        subprocess.run(mw_cmd(args.port, to, body=body, extra=["--transcript"]),
                       stdout=f, stderr=subprocess.STDOUT)
    print(f"  (mailwright-send transcript through the delay: {path})")


def part_throughput(args):
    res = Results(args.results, f"tput-{args.label}")
    to = rcpts(1)
    eml = os.path.join(WORK, f"attach{args.size_label}.eml")
    if not os.path.exists(eml):
        dt = mw_eml(eml, to, body="See attachment.", attach=args.attach)
        Results(args.results, "build").add("mailwright --dry-run", f"build {args.size_label}",
                                           f"{dt*1000:.0f}", "ms",
                                           f"MIME build + --save-eml of {os.path.getsize(eml)} bytes, no network")
    sin = os.path.join(WORK, f"attach{args.size_label}.s_client.in")
    if not os.path.exists(sin):
        s_client_input(sin, eml, to)
    size = os.path.getsize(eml)
    clients = {
        "openssl s_client": s_client_cmd(args.port, to, sin),
        "mailwright-send --attach": (mw_cmd(args.port, to, body="See attachment.",
                                            attach=args.attach), None),
        "curl --upload-file": curl_cmd(args.port, to, eml),
    }
    med = measure(res, clients, args.n, metric=f"{args.size_label} wall")
    floor = med.get("openssl s_client")
    for label, t in med.items():
        if t is None:
            continue
        note = f"{size / t / 1e6:.0f} MB/s of {size} encoded bytes"
        ratio = f"{t / floor:.2f}" if floor else "n/a"
        res.add(label, "x openssl", ratio, "x", note)


def part_memory(args):
    res = Results(args.results, "memory")
    to = rcpts(1)
    base = None
    for label, kw in [("1 KiB message", {"body_file": args.small}),
                      *[(f"{os.path.getsize(a) >> 20} MiB attachment",
                         {"body": "See attachment.", "attach": a}) for a in args.attach]]:
        rss_runs = []
        fail = None
        for _ in range(args.n):
            dt, rc, err, rss = run_once(mw_cmd(args.port, to, **kw), time_rss=True)
            if rc != 0:
                fail = f"exit {rc}: {err.strip()}"
                break
            rss_runs.append((rss, dt))
        if fail:
            res.add("mailwright-send", label, "FAILED", "", fail)
            continue
        rss = max(r for r, _ in rss_runs)
        if base is None:
            base = rss
        note = (f"peak RSS max of n={len(rss_runs)}; +{(rss - base) / 1024:.1f} MiB over 1 KiB case;"
                f" wall {statistics.median(d for _, d in rss_runs)*1000:.0f} ms")
        res.add("mailwright-send", label, f"{rss / 1024:.1f}", "MiB", note)
    # The peers, for scale (they send the prepared file; they do not build MIME).
    for a in args.attach[:1]:
        eml = os.path.join(WORK, f"attach{os.path.getsize(a) >> 20}MiB.eml")
        if not os.path.exists(eml):
            continue
        for label, (cmd, stdin_file) in {"curl --upload-file": curl_cmd(args.port, to, eml),
                                         "msmtp": msmtp_cmd(args.port, to, eml)}.items():
            dt, rc, err, rss = run_once(cmd, stdin_file, time_rss=True)
            name = f"{os.path.getsize(a) >> 20} MiB prepared .eml"
            if rc != 0:
                res.add(label, name, "FAILED", "", f"exit {rc}: {err.strip()}")
            else:
                res.add(label, name, f"{rss / 1024:.1f}", "MiB", f"for scale; wall {dt*1000:.0f} ms")


BUDGETS = {
    "startup": "budget: mailwright <= curl",
    "rtt": "budget: mailwright <= 8 RT incl. TLS handshake",
    "tput-nullsink": "budget: mailwright <= 1.2x openssl",
    "tput-aiosmtpd": "budget: mailwright <= 1.2x openssl (server-bound here, see notes)",
    "memory": "budget: 256 MiB case within 16 MiB of the 1 KiB case",
}


def table(args):
    rows = []
    with open(args.results) as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 6:
                rows.append(parts)
    w = [max(len(r[i]) for r in rows + [["part", "client", "metric", "value", "unit", ""]])
         for i in range(5)]
    print()
    print(f"{'part':<{w[0]}}  {'client':<{w[1]}}  {'metric':<{w[2]}}  {'value':>{w[3]}} "
          f"{'unit':<{w[4]}}  note")
    print("-" * (sum(w) + 30))
    last = None
    for part, client, metric, value, unit, note in rows:
        if part != last and last is not None:
            print()
        if part != last and part in BUDGETS:
            print(f"# {part}: {BUDGETS[part]}")
        last = part
        print(f"{part:<{w[0]}}  {client:<{w[1]}}  {metric:<{w[2]}}  {value:>{w[3]}} "
              f"{unit:<{w[4]}}  {note}")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--results", required=True)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("startup")
    s.add_argument("--port", type=int, required=True)
    s.add_argument("--n", type=int, default=20)
    s = sub.add_parser("rtt")
    s.add_argument("--phase", choices=["base", "delayed"], required=True)
    s.add_argument("--port", type=int, required=True, help="server (or proxy) port")
    s.add_argument("--how", default="netem", help="how the delay is made, for the notes")
    s.add_argument("--delay", type=float, default=0.025)
    s.add_argument("--n", type=int, default=3)
    s = sub.add_parser("throughput")
    s.add_argument("--port", type=int, required=True)
    s.add_argument("--label", required=True)
    s.add_argument("--attach", required=True)
    s.add_argument("--size-label", default="64MiB")
    s.add_argument("--n", type=int, default=3)
    s = sub.add_parser("memory")
    s.add_argument("--port", type=int, required=True)
    s.add_argument("--small", required=True)
    s.add_argument("--attach", nargs="+", required=True)
    s.add_argument("--n", type=int, default=1)
    sub.add_parser("table")
    args = p.parse_args()
    {"startup": part_startup, "rtt": part_rtt, "throughput": part_throughput,
     "memory": part_memory, "table": table}[args.cmd](args)


if __name__ == "__main__":
    main()
