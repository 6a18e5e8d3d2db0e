#!/usr/bin/env bash
# A private Postfix instance for one state directory (README.md, "Postfix"); root only.
#
#   postfix.sh start STATE_DIR CERTS_DIR [SASL_SOCKET]
#                                          writes STATE_DIR/postfix/{main,master}.cf, starts the
#                                          master on 127.0.0.1:<free port> and prints the port
#                                          (the caller probes it), then the error-limit service's;
#                                          exit 3 = skipped (not usable). With SASL_SOCKET
#                                          (Dovecot's auth, dovecot.sh) also the submission
#                                          services, on free ports printed after them:
#                                          "PORT ERRORLIMIT_PORT [SUBMISSION_PORT SUBMISSIONS_PORT]"
#   postfix.sh stop STATE_DIR              `postfix stop`, then TERM/KILL whatever is left
#   postfix.sh size-limit                  prints message_size_limit
#
# Layout: STATE_DIR/postfix/ config (main.cf, master.cf), .../queue, .../data;
# STATE_DIR/postfix-mail/maildir/ the one Maildir every accepted recipient is delivered to;
# STATE_DIR/postfix.log its log (postlogd: no syslog here). Nothing on a fixed port, no chroot,
# nothing relayed: every domain but the test ones is refused at RCPT.
set -euo pipefail
cmd=${1:?usage: postfix.sh start|stop|size-limit STATE_DIR [CERTS_DIR]}
state=${2:?usage: postfix.sh start|stop|size-limit STATE_DIR [CERTS_DIR]}
state=$(cd "$state" && pwd)
conf=$state/postfix/etc     # postfix -c $conf
queue=$state/postfix/queue   # not inside $conf: `postfix check` wants all of $conf owned by root
PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
SIZE_LIMIT=1000000   # message_size_limit (`postfix.sh size-limit` prints it for start.sh)

# Alive and not a zombie (an exited master waits here for its parent, init, to reap it).
running() {
    local stat
    stat=$(cat 2>/dev/null "/proc/$1/stat") || return 1
    stat=${stat##*) }
    [ "${stat%% *}" != Z ]
}

master_pid() {
    local pid
    pid=$(tr -d ' \n' 2>/dev/null <"$queue/pid/master.pid") || return 1
    [ -n "$pid" ] && running "$pid" && echo "$pid"
}

# Processes of this instance only: master and every daemon it started inherit MAIL_CONFIG=$conf
# (import_environment), which no other instance has.
instance_pids() {
    grep -lzxF "MAIL_CONFIG=$conf" /proc/[0-9]*/environ 2>/dev/null \
        | sed -n 's|^/proc/\([0-9]*\)/environ$|\1|p' | grep -vx "$$" || true
}

stop() {
    local pid pids
    if [ -f "$state/postfix-watch.pid" ]; then
        kill -TERM "$(cat "$state/postfix-watch.pid")" 2>/dev/null || true
        rm -f "$state/postfix-watch.pid"
    fi
    pid=$(master_pid) || pid=
    if [ -n "$pid" ]; then
        if [ -f "$conf/main.cf" ] && command -v postfix >/dev/null; then
            postfix -c "$conf" stop >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
        else
            kill -TERM "$pid" 2>/dev/null || true
        fi
        for _ in $(seq 50); do
            running "$pid" || break
            sleep 0.05
        done
        ! running "$pid" || kill -KILL "$pid" 2>/dev/null || true
    fi
    [ -d "$conf" ] || return 0   # never started here: no process can have MAIL_CONFIG=$conf
    pids=$(instance_pids)
    if [ -n "$pids" ]; then
        # shellcheck disable=SC2086
        kill -TERM $pids 2>/dev/null || true
        sleep 0.2
        pids=$(instance_pids)
        # shellcheck disable=SC2086
        [ -z "$pids" ] || kill -KILL $pids 2>/dev/null || true
    fi
}

free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

write_config() {
    local port=$1 certs=$2 errorlimit=$3 sasl=$4 submission=$5 submissions=$6 uid gid
    uid=$(id -u postfix) gid=$(id -g postfix)
    # Postfix expects its configuration owned by root and not writable by others.
    install -d -m 0755 -o root -g root "$state/postfix" "$conf"
    # The queue and data directories as postfix-files lists them (what `postfix check` would
    # create): made here so that `postfix start` can skip its checks (quick-start, below), which
    # take 1-2 s of postconf calls.
    local path owner group mode
    # shellcheck disable=SC2016 # the $ in the grep pattern is literal
    while IFS=: read -r path _ owner group mode _; do
        path=${path/\$queue_directory/$queue}
        path=${path/\$data_directory/$state/postfix/data}
        owner=${owner/\$mail_owner/postfix}
        group=${group/\$setgid_group/postdrop}
        [ "$group" != - ] || group=$(id -gn "$owner")
        install -d -m "$mode" -o "$owner" -g "$group" "$path"
    done < <(grep -E '^\$(queue|data)_directory(/[^:]*)?:d:' /etc/postfix/postfix-files)
    touch "$queue/quick-start"
    install -d -m 0755 -o postfix -g postfix "$state/postfix-mail"
    install -d -m 0700 -o postfix -g postfix "$state/postfix-mail/maildir" \
        "$state/postfix-mail/maildir/new" "$state/postfix-mail/maildir/cur" \
        "$state/postfix-mail/maildir/tmp"
    cat >"$conf/main.cf.tmp" <<EOF
# Written by tools/testenv/postfix.sh for the integration tests; regenerated at every start.
compatibility_level = 3.6
config_directory = $conf
queue_directory = $queue
data_directory = $state/postfix/data
mail_owner = postfix
setgid_group = postdrop
maillog_file = $state/postfix.log
maillog_file_prefixes = $state
myhostname = localhost
mydomain = localdomain
myorigin = \$myhostname
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
biff = no

# Nothing local, nothing relayed: only the test domains are accepted, everything else is refused
# at RCPT (reject_unauth_destination), and even a queued foreign recipient could only bounce.
mydestination =
local_recipient_maps =
local_transport = error:5.1.1 local delivery is disabled here
alias_maps =
alias_database =
mynetworks = 127.0.0.1/32
relay_domains =
relayhost =
default_transport = error:5.7.1 this test server relays nowhere
relay_transport = error:5.7.1 this test server relays nowhere
smtpd_relay_restrictions = reject_unauth_destination
smtpd_recipient_restrictions =
smtpd_peername_lookup = no

# Every recipient in the test domains goes to one Maildir (find a message by its tagged recipient).
virtual_mailbox_domains = example.org, example.com, example.test, mailwright.test
virtual_mailbox_base = $state/postfix-mail
virtual_mailbox_maps = static:maildir/
virtual_uid_maps = static:$uid
virtual_gid_maps = static:$gid
message_size_limit = $SIZE_LIMIT

smtpd_tls_security_level = may
smtpd_tls_cert_file = $certs/localhost.pem
smtpd_tls_key_file = $certs/localhost.key
smtpd_tls_received_header = yes
smtpd_tls_loglevel = 1
smtpd_banner = \$myhostname ESMTP Postfix (Mailwright test)
EOF
    # No chroot anywhere (column 5 = n); only the services this configuration can reach.
    cat >"$conf/master.cf.tmp" <<EOF
# service type  private unpriv  chroot  wakeup  maxproc command
127.0.0.1:$port inet n  -       n       -       -       smtpd
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
# One refusal is all this one takes: at the next command it answers "421 4.7.0 … Error: too
# many errors" and closes at once, even in the middle of a pipelined group.
127.0.0.1:$errorlimit inet n -       n       -       -       smtpd
  -o syslog_name=postfix/errorlimit -o smtpd_hard_error_limit=1 -o smtpd_soft_error_limit=10
EOF
    if [ -n "$sasl" ]; then
        # The most common real submission set-up: TLS before anything else
        # (smtpd_tls_security_level=encrypt), AUTH only over it and checked by Dovecot's auth
        # service, mail only from those who logged in. STARTTLS (587-style) and implicit TLS
        # (465-style, wrapper mode).
        local sasl_options="-o smtpd_tls_security_level=encrypt -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes -o smtpd_sasl_type=dovecot -o smtpd_sasl_path=$sasl
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject"
        cat >>"$conf/master.cf.tmp" <<EOF
127.0.0.1:$submission inet n  -       n       -       -       smtpd
  -o syslog_name=postfix/submission $sasl_options
127.0.0.1:$submissions inet n -       n       -       -       smtpd
  -o syslog_name=postfix/submissions -o smtpd_tls_wrappermode=yes $sasl_options
EOF
    fi
    # Postfix waits (up to ~2 s, in 0.3 s steps) until a freshly written main.cf stops "changing":
    # date both files in the past so that start-up does not sleep.
    touch -d '-1 minute' "$conf/main.cf.tmp" "$conf/master.cf.tmp"
    mv "$conf/main.cf.tmp" "$conf/main.cf"
    mv "$conf/master.cf.tmp" "$conf/master.cf"
}

start() {
    local certs=${1:?CERTS_DIR} sasl=${2:-} port errorlimit submission= submissions= pid attempt
    command -v postfix >/dev/null || { echo "postfix.sh: postfix is not installed" >&2; exit 3; }
    [ "$(id -u)" -eq 0 ] || { echo "postfix.sh: needs root" >&2; exit 3; }
    # The daemons run as the postfix user: it must reach STATE_DIR (mktemp -d makes it 0700).
    chmod o+x "$state"
    if ! runuser -u postfix -- test -x "$state"; then
        echo "postfix.sh: the postfix user cannot reach $state (a parent directory is closed)" >&2
        exit 3
    fi
    stop
    for attempt in 1 2 3; do
        # A free port now; another process could take it before master binds it, so retry.
        port=$(free_port)
        errorlimit=$(free_port)
        if [ -n "$sasl" ]; then
            submission=$(free_port)
            submissions=$(free_port)
        fi
        write_config "$port" "$certs" "$errorlimit" "$sasl" "$submission" "$submissions"
        # `postfix start` runs `master -w`: it returns 0 only once master has bound its ports.
        if postfix -c "$conf" start >>"$state/postfix-start.log" 2>&1 && pid=$(master_pid); then
            break
        fi
        echo "postfix.sh: start attempt $attempt on port $port failed" >>"$state/postfix-start.log"
        stop
        pid=
    done
    if [ -z "$pid" ]; then
        echo "postfix.sh: postfix did not start; see $state/postfix-start.log, $state/postfix.log" >&2
        exit 1
    fi
    # Like smtp_server.py: if the state directory is deleted without stop.sh, end the instance.
    (
        while [ -f "$conf/main.cf" ]; do
            kill -0 "$pid" 2>/dev/null || exit 0
            sleep 1
        done
        kill -TERM "$pid" 2>/dev/null || true
    ) </dev/null >/dev/null 2>&1 9>&- &
    echo $! >"$state/postfix-watch.pid"
    echo "$port $errorlimit${sasl:+ $submission $submissions}"
}

case $cmd in
    start) start "${3:-}" "${4:-}" ;;
    stop) stop ;;
    size-limit) echo "$SIZE_LIMIT" ;;
    *) echo "usage: postfix.sh start|stop|size-limit STATE_DIR [CERTS_DIR]" >&2; exit 2 ;;
esac
