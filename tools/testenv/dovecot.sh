#!/usr/bin/env bash
# A private Dovecot 2.3 for one state directory (README.md, "Dovecot"); root only, like Postfix.
#
#   dovecot.sh start STATE_DIR CERTS_DIR RELAY_PORT
#        writes STATE_DIR/dovecot/dovecot.conf and starts Dovecot: submission (STARTTLS) and
#        submissions (implicit TLS) on $HOST (127.0.0.2, below), relaying what it accepts to 127.0.0.1:RELAY_PORT
#        (the aiosmtpd `relay` listener, which stores it in the shared maildir); its auth service
#        also answers Postfix's SASL on STATE_DIR/dovecot/auth-postfix. Prints
#        "HOST SUBMISSION_PORT SUBMISSIONS_PORT"; exit 3 = skipped (not usable here)
#   dovecot.sh stop STATE_DIR             `doveadm stop`, then TERM/KILL whatever is left
#   dovecot.sh auth-socket STATE_DIR      prints the SASL socket path (for postfix.sh)
#
# One user, the test account (MAILWRIGHT_TEST_SMTP_USER / _PASSWORD), stored in plain text so
# that CRAM-MD5 works; PLAIN, LOGIN and CRAM-MD5 are offered, and only after TLS
# (disable_plaintext_auth). Nothing on a fixed port; nothing but the relay port reached.
set -euo pipefail
cmd=${1:?usage: dovecot.sh start|stop|auth-socket STATE_DIR [CERTS_DIR RELAY_PORT]}
state=${2:?usage: dovecot.sh start|stop|auth-socket STATE_DIR [CERTS_DIR RELAY_PORT]}
state=$(cd "$state" && pwd)
dir=$state/dovecot          # configuration, passwd file, SASL socket
run=$dir/run                # base_dir: master.pid, login sockets
conf=$dir/dovecot.conf
PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
USER_NAME='tester@mailwright.test'
USER_PASSWORD='Pa55-w0rd!test'
# Dovecot counts a client whose address equals the server's as "secured" and then offers and
# accepts AUTH in plain text, which no real server does for a remote client. On 127.0.0.2 the
# client connects from 127.0.0.1 (Linux's source address for the loopback net): a remote
# client as far as Dovecot can tell. The test certificate names 127.0.0.2 too (make-certs.sh).
HOST=127.0.0.2

master_pid() {
    local pid
    pid=$(tr -d ' \n' 2>/dev/null <"$run/master.pid") || return 1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# The master, then (if it does not go) its children and it by force.
stop() {
    local pid
    if [ -f "$state/dovecot-watch.pid" ]; then
        kill -TERM "$(cat "$state/dovecot-watch.pid")" 2>/dev/null || true
        rm -f "$state/dovecot-watch.pid"
    fi
    pid=$(master_pid) || pid=
    [ -n "$pid" ] || return 0
    if [ -f "$conf" ]; then
        doveadm -c "$conf" stop >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
    else
        kill -TERM "$pid" 2>/dev/null || true
    fi
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.05
    done
    pkill -KILL -P "$pid" 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
}

free_port() {
    /usr/bin/python3 -c 'import socket, sys; s = socket.socket(); s.bind((sys.argv[1], 0)); print(s.getsockname()[1])' "$HOST"
}

write_config() {
    local certs=$1 relay=$2 submission=$3 submissions=$4
    install -d -m 0755 -o root -g root "$dir"
    # The passwd-file: user:{scheme}password:uid:gid:gecos:home:shell:extra
    printf '%s:{PLAIN}%s::::::\n' "$USER_NAME" "$USER_PASSWORD" >"$dir/users"
    chown root:dovecot "$dir/users"
    chmod 0640 "$dir/users"
    cat >"$conf.tmp" <<EOF
# Written by tools/testenv/dovecot.sh for the integration tests; regenerated at every start.
base_dir = $run
state_dir = $dir/state
instance_name = mailwright-test-$(basename "$state")
log_path = $state/dovecot.log
info_log_path = $state/dovecot.log
protocols = submission
listen = $HOST
hostname = localhost
shutdown_clients = yes

ssl = required
ssl_cert = <$certs/localhost.pem
ssl_key = <$certs/localhost.key
ssl_dh = </usr/share/dovecot/dh.pem

# AUTH only over TLS (the default, as on every real submission server), three mechanisms.
disable_plaintext_auth = yes
auth_mechanisms = plain login cram-md5
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}
# Submission opens no mailbox (no BURL here), but wants to know where one would be.
mail_location = maildir:$dir/mail/%n

# Accepted mail goes on to the aiosmtpd relay listener, which stores it (envelope included).
submission_relay_host = 127.0.0.1
submission_relay_port = $relay
submission_relay_trusted = yes
submission_max_mail_size = 10M

service submission-login {
  inet_listener submission {
    address = $HOST
    port = $submission
  }
  inet_listener submissions {
    address = $HOST
    port = $submissions
    ssl = yes
  }
}
service auth {
  # Postfix's submission service authenticates through this (smtpd_sasl_type = dovecot).
  unix_listener $dir/auth-postfix {
    mode = 0660
    user = postfix
    group = postfix
  }
}
EOF
    mv "$conf.tmp" "$conf"
}

start() {
    local certs=${1:?CERTS_DIR} relay=${2:?RELAY_PORT} submission submissions pid attempt
    command -v dovecot >/dev/null || { echo "dovecot.sh: dovecot is not installed" >&2; exit 3; }
    [ -x /usr/lib/dovecot/submission ] || { echo "dovecot.sh: dovecot-submissiond is not installed" >&2; exit 3; }
    [ "$(id -u)" -eq 0 ] || { echo "dovecot.sh: needs root" >&2; exit 3; }
    id postfix >/dev/null 2>&1 || { echo "dovecot.sh: no postfix user for the SASL socket" >&2; exit 3; }
    chmod o+x "$state"   # the login processes run as dovenull, auth as dovecot
    stop
    for attempt in 1 2 3; do
        # Free now; another process could take one before Dovecot binds it, so retry.
        submission=$(free_port)
        submissions=$(free_port)
        [ "$submission" != "$submissions" ] || continue
        write_config "$certs" "$relay" "$submission" "$submissions"
        if dovecot -c "$conf" >>"$state/dovecot-start.log" 2>&1; then
            for _ in $(seq 100); do
                pid=$(master_pid) && break
                sleep 0.02
            done
            [ -n "${pid:-}" ] && break
        fi
        echo "dovecot.sh: start attempt $attempt failed" >>"$state/dovecot-start.log"
        stop
        pid=
    done
    if [ -z "${pid:-}" ]; then
        echo "dovecot.sh: dovecot did not start; see $state/dovecot-start.log, $state/dovecot.log" >&2
        exit 1
    fi
    # Like postfix.sh: if the state directory is deleted without stop.sh, end the instance.
    (
        while [ -f "$conf" ]; do
            kill -0 "$pid" 2>/dev/null || exit 0
            sleep 1
        done
        kill -TERM "$pid" 2>/dev/null || true
    ) </dev/null >/dev/null 2>&1 9>&- &
    echo $! >"$state/dovecot-watch.pid"
    echo "$HOST $submission $submissions"
}

case $cmd in
    start) start "${3:-}" "${4:-}" ;;
    stop) stop ;;
    auth-socket) echo "$dir/auth-postfix" ;;
    *) echo "usage: dovecot.sh start|stop|auth-socket STATE_DIR [CERTS_DIR RELAY_PORT]" >&2; exit 2 ;;
esac
