#!/usr/bin/env bash
# Starts the test servers on 127.0.0.1 for one state directory and writes STATE_DIR/env
# (`export` lines, documented in README.md). Idempotent: if this state directory's servers are
# already running it leaves them and exits 0. Stop them with stop.sh STATE_DIR.
#
#   STATE_DIR/certs/     certificates (make-certs.sh)
#   STATE_DIR/maildir/   every accepted message: N.eml + N.json
#   STATE_DIR/*.pid      processes stop.sh ends;  STATE_DIR/*.log  their output
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${1:?usage: start.sh STATE_DIR}
mkdir -p "$state"
state=$(cd "$state" && pwd)
py=/usr/bin/python3   # Debian's python, which has python3-aiosmtpd (not the pyenv one on PATH)

# One start.sh at a time per state directory; the servers must not inherit the lock (9>&-).
exec 9>"$state/.lock"
flock -w 60 9 || { echo "start.sh: another start.sh holds $state/.lock" >&2; exit 1; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

dovecot_alive() {
    local pid
    pid=$(tr -d ' \n' 2>/dev/null <"$state/dovecot/run/master.pid") && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

postfix_alive() {
    local pid
    pid=$(tr -d ' \n' 2>/dev/null <"$state/postfix/queue/pid/master.pid") && [ -n "$pid" ] \
        && kill -0 "$pid" 2>/dev/null
}

if [ -f "$state/env" ] && alive "$state/smtp.pid" && { [ ! -f "$state/dnsmasq.expected" ] || alive "$state/dnsmasq.pid"; } \
        && { [ ! -f "$state/postfix.expected" ] || postfix_alive; } \
        && { [ ! -f "$state/dovecot.expected" ] || dovecot_alive; }; then
    exit 0
fi
# Half-started or dead: clean up and start again.
"$here/stop.sh" "$state" >/dev/null 2>&1 || true
rm -f "$state/env" "$state/ports.sh" "$state/dnsmasq.expected" "$state/postfix.expected" "$state/dovecot.expected"

[ -f "$state/certs/fingerprints.env" ] || "$here/make-certs.sh" "$state/certs"
mkdir -p "$state/maildir"

direct=()
if [ "$(id -u)" -eq 0 ] && command -v dnsmasq >/dev/null; then
    # Ports 25 and 53 need root; without them the direct-delivery tests skip.
    direct=(--direct --dnsmasq-log "$state/dnsmasq.log")
fi
"$py" "$here/smtp_server.py" --certs "$state/certs" --maildir "$state/maildir" \
    --ports-file "$state/ports.sh" "${direct[@]}" </dev/null >"$state/smtp.log" 2>&1 9>&- &
echo $! >"$state/smtp.pid"

for _ in $(seq 100); do
    [ -f "$state/ports.sh" ] && break
    alive "$state/smtp.pid" || break
    sleep 0.05
done
if [ ! -f "$state/ports.sh" ]; then
    echo "start.sh: the SMTP server did not start; its log:" >&2
    cat "$state/smtp.log" >&2
    exit 1
fi
# shellcheck disable=SC1091
source "$state/ports.sh"

# A private Dovecot (dovecot.sh; README.md "Dovecot") relaying to the `relay` listener, and a
# private Postfix (postfix.sh; README.md "Postfix") whose submission services log in through
# Dovecot's auth; root only. Exit 3 from either: skipped, its variables left out. Postfix
# without Dovecot still starts, without the submission services.
dovecot_host= dovecot_submission= dovecot_submissions= sasl_socket=
if [ "$(id -u)" -eq 0 ] && command -v /usr/sbin/dovecot >/dev/null; then
    rc=0
    out=$("$here/dovecot.sh" start "$state" "$state/certs" "$SMTP_RELAY_PORT" </dev/null 9>&-) || rc=$?
    if [ "$rc" -eq 0 ]; then
        read -r dovecot_host dovecot_submission dovecot_submissions <<<"$out"
        sasl_socket=$("$here/dovecot.sh" auth-socket "$state")
        touch "$state/dovecot.expected"
    elif [ "$rc" -ne 3 ]; then
        echo "start.sh: Dovecot did not start" >&2
        exit 1
    fi
fi
postfix_port= postfix_errorlimit= postfix_submission= postfix_submissions=
if [ "$(id -u)" -eq 0 ] && command -v /usr/sbin/postfix >/dev/null; then
    rc=0
    out=$("$here/postfix.sh" start "$state" "$state/certs" "$sasl_socket" </dev/null 9>&-) || rc=$?
    if [ "$rc" -eq 0 ]; then
        read -r postfix_port postfix_errorlimit postfix_submission postfix_submissions <<<"$out"
        touch "$state/postfix.expected"
    elif [ "$rc" -ne 3 ]; then
        echo "start.sh: Postfix did not start" >&2
        exit 1
    fi
fi

checks=(
    "smtp:127.0.0.1:$SMTP_PLAIN_PORT" "smtp:127.0.0.1:$SMTP_STARTTLS_PORT"
    "smtps:127.0.0.1:$SMTP_TLS_PORT" "smtps:127.0.0.1:$SMTP_EXPIRED_PORT"
    "smtps:127.0.0.1:$SMTP_WRONGHOST_PORT" "smtps:127.0.0.1:$SMTP_SELFSIGNED_PORT"
    "smtp:127.0.0.1:$SMTP_SMALL_PORT" "smtp:127.0.0.1:$SMTP_NOPIPELINING_PORT"
    "smtp:127.0.0.1:$SMTP_RELAY_PORT"
)
dns_server=
if [ -n "$DIRECT_NET" ]; then
    # dnsmasq is smtp_server.py's child (records in README.md); stop.sh ends both.
    echo "$DNSMASQ_PID" >"$state/dnsmasq.pid"
    touch "$state/dnsmasq.expected"
    dns_server=$DIRECT_NET.53
    checks+=("smtp:$DIRECT_NET.3:25" "smtp:$DIRECT_NET.4:25"
             "dns:$dns_server:mx.test:MX" "dns:$dns_server:nomx.test:A")
fi

[ -z "$postfix_port" ] || checks+=("smtp:127.0.0.1:$postfix_port" "smtp:127.0.0.1:$postfix_errorlimit")
[ -z "$postfix_submission" ] || checks+=("smtp:127.0.0.1:$postfix_submission" "smtps:127.0.0.1:$postfix_submissions")
[ -z "$dovecot_host" ] || checks+=("smtp:$dovecot_host:$dovecot_submission" "smtps:$dovecot_host:$dovecot_submissions")

if ! "$py" "$here/probe.py" --deadline 4 "${checks[@]}"; then
    echo "start.sh: servers did not answer; logs in $state" >&2
    tail -n 20 "$state"/*.log >&2 || true
    exit 1
fi

certs=$state/certs
{
    echo "# Written by tools/testenv/start.sh; variables documented in tools/testenv/README.md"
    echo "export MAILWRIGHT_TEST_STATE_DIR='$state'"
    echo "export MAILWRIGHT_TEST_CERTS='$certs'"
    echo "export MAILWRIGHT_TEST_CA='$certs/ca.pem'"
    while IFS='=' read -r name value; do
        echo "export MAILWRIGHT_TEST_$name='$value'"
    done <"$certs/fingerprints.env"
    echo "export MAILWRIGHT_TEST_SMTP_HOST=127.0.0.1"
    for listener in PLAIN STARTTLS TLS EXPIRED WRONGHOST SELFSIGNED SMALL NOPIPELINING RELAY; do
        var=SMTP_${listener}_PORT
        echo "export MAILWRIGHT_TEST_SMTP_${listener}_PORT=${!var}"
    done
    echo "export MAILWRIGHT_TEST_SMTP_SMALL_LIMIT=100000"
    echo "export MAILWRIGHT_TEST_SMTP_SIZE_LIMIT=$((2 ** 30))"
    echo "export MAILWRIGHT_TEST_SMTP_USER='tester@mailwright.test'"
    echo "export MAILWRIGHT_TEST_SMTP_PASSWORD='Pa55-w0rd!test'"
    echo "export MAILWRIGHT_TEST_SMTP_TOKEN='ya29.mailwright-test-token'"
    # The OAuth 2.0 test authorization server (oauth_server.py), in smtp_server.py's process.
    echo "export MAILWRIGHT_TEST_OAUTH_URL=http://127.0.0.1:$OAUTH_PORT"
    echo "export MAILWRIGHT_TEST_MAILDIR='$state/maildir'"
    if [ -n "$postfix_port" ]; then
        echo "export MAILWRIGHT_TEST_POSTFIX_PORT=$postfix_port"
        echo "export MAILWRIGHT_TEST_POSTFIX_MAILDIR='$state/postfix-mail/maildir'"
        echo "export MAILWRIGHT_TEST_POSTFIX_SIZE_LIMIT=$("$here/postfix.sh" size-limit "$state")"
        echo "export MAILWRIGHT_TEST_POSTFIX_ERRORLIMIT_PORT=$postfix_errorlimit"
    fi
    if [ -n "$postfix_submission" ]; then
        echo "export MAILWRIGHT_TEST_POSTFIX_SUBMISSION_PORT=$postfix_submission"
        echo "export MAILWRIGHT_TEST_POSTFIX_SUBMISSIONS_PORT=$postfix_submissions"
    fi
    if [ -n "$dovecot_host" ]; then
        echo "export MAILWRIGHT_TEST_DOVECOT_HOST=$dovecot_host"
        echo "export MAILWRIGHT_TEST_DOVECOT_SUBMISSION_PORT=$dovecot_submission"
        echo "export MAILWRIGHT_TEST_DOVECOT_SUBMISSIONS_PORT=$dovecot_submissions"
    fi
    if [ -n "$dns_server" ]; then
        echo "export MAILWRIGHT_TEST_DNS_SERVER=$dns_server"
        echo "export MAILWRIGHT_TEST_DIRECT_MX2_HOST=$DIRECT_NET.3"
        echo "export MAILWRIGHT_TEST_DIRECT_NOMX_HOST=$DIRECT_NET.4"
    fi
} >"$state/env.tmp"
mv "$state/env.tmp" "$state/env"
