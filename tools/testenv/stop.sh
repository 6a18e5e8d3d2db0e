#!/usr/bin/env bash
# Stops what start.sh STATE_DIR started (the processes named in STATE_DIR/*.pid) and removes
# STATE_DIR/env. Certificates, the maildir and logs stay for inspection. Safe to run twice.
set -uo pipefail
state=${1:?usage: stop.sh STATE_DIR}
[ -d "$state" ] || exit 0

for pidfile in "$state"/smtp.pid "$state"/dnsmasq.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
done
# The private Postfix (postfix.sh): `postfix stop`, its watcher, then anything of it still left.
if [ -d "$state/postfix" ]; then
    "$(dirname "$0")/postfix.sh" stop "$state" </dev/null >/dev/null 2>&1 || true
fi
# The private Dovecot (dovecot.sh), after Postfix, whose submission services use its auth.
if [ -d "$state/dovecot" ]; then
    "$(dirname "$0")/dovecot.sh" stop "$state" </dev/null >/dev/null 2>&1 || true
fi
rm -f "$state/env" "$state/ports.sh" "$state/dnsmasq.expected" "$state/postfix.expected" "$state/dovecot.expected"
exit 0
