#!/usr/bin/env bash
# Measures mailwright-send against curl, msmtp, swaks and openssl s_client and prints a table.
# It measures; it never asserts (exit status is 0 whatever the figures; non-zero only when the
# benchmark itself could not run). See tools/bench/README.md for the method.
#
#   tools/bench/run.sh [--quick] [--keep]
#     --quick   fewer runs and a 16 MiB / 64 MiB pair instead of 64 / 256 MiB (a smoke test)
#     --keep    keep the scratch directory (results.tsv, transcripts, generated messages)
# Environment: MW_BIN (default build/app/mailwright-send), MW_BENCH_N (start-up runs, 20),
#              MW_BENCH_RTT_N (3), MW_BENCH_TPUT_N (3).
# Needs root for the network namespace of part 2 (falls back to host loopback without it).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
py=/usr/bin/python3            # Debian's python: aiosmtpd for the test servers

quick=0 keep=0
for a in "$@"; do
    case $a in
        --quick) quick=1 ;;
        --keep) keep=1 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $a" >&2; exit 2 ;;
    esac
done

export MW_BIN=${MW_BIN:-$root/build/app/mailwright-send}
n_start=${MW_BENCH_N:-20} n_rtt=${MW_BENCH_RTT_N:-3} n_tput=${MW_BENCH_TPUT_N:-3}
big=64 huge=256
if ((quick)); then n_start=5 n_rtt=1 n_tput=1 big=16 huge=64; fi

for tool in "$MW_BIN" curl msmtp swaks openssl /usr/bin/time "$py"; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool not found (tools/install-deps.sh)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/mwbench.XXXXXX)
export MW_BENCH_WORK=$work
# mailwright-send logs every session; measured with logging on (it is what people run), but
# into the run's own folder, never the person's conversation log.
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
results=$work/results.tsv
: >"$results"
ns=mwbench-$$
ns_made=0
pids=()

cleanup() {
    set +e
    for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
    "$root/tools/testenv/stop.sh" "$work/host-env" >/dev/null 2>&1
    "$root/tools/testenv/stop.sh" "$work/ns-env" >/dev/null 2>&1
    ((ns_made)) && ip netns del "$ns" 2>/dev/null
    rm -f "$work"/*.bin "$work"/*.eml "$work"/*.in
    if ((keep)); then echo "run.sh: scratch kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_file() { for _ in $(seq 100); do [ -s "$1" ] && return 0; sleep 0.05; done; echo "run.sh: $1 never appeared" >&2; return 1; }
bench() { "$py" "$here/bench.py" --results "$results" "$@"; }
t_start=$(date +%s)

echo "== test servers on host loopback"
"$root/tools/testenv/start.sh" "$work/host-env" >/dev/null
# shellcheck disable=SC1091
source "$work/host-env/env"
export MW_BENCH_PW=$MAILWRIGHT_TEST_SMTP_PASSWORD
certs=$MAILWRIGHT_TEST_CERTS
"$py" "$here/null_sink.py" --cert "$certs/localhost.pem" --key "$certs/localhost.key" \
    --port-file "$work/sink.port" >"$work/sink.log" 2>&1 &
pids+=($!)
wait_file "$work/sink.port"
sink_port=$(cat "$work/sink.port")
aio_port=$MAILWRIGHT_TEST_SMTP_STARTTLS_PORT

echo "== 1. start-up, one-line message, STARTTLS + AUTH PLAIN, aiosmtpd, N=$n_start"
bench startup --port "$aio_port" --n "$n_start"

echo "== 2. round trips, 20 recipients, 25 ms each way"
nsexec=()
if ip netns add "$ns" 2>/dev/null; then
    ns_made=1
    ip -n "$ns" link set lo up
    nsexec=(ip netns exec "$ns")
    where="namespace $ns"
else
    where="host loopback (could not create a network namespace)"
fi
"${nsexec[@]}" "$root/tools/testenv/start.sh" "$work/ns-env" >/dev/null
ns_port=$(sed -n "s/^export MAILWRIGHT_TEST_SMTP_STARTTLS_PORT=//p" "$work/ns-env/env")
# Same certificates? No: the namespace's server made its own CA. Point the clients at it.
ns_ca=$(sed -n "s/^export MAILWRIGHT_TEST_CA='\(.*\)'/\1/p" "$work/ns-env/env")
use_netem=0
if ((ns_made)) && tc -n "$ns" qdisc add dev lo root netem delay 25ms 2>"$work/netem.err"; then
    tc -n "$ns" qdisc del dev lo root
    use_netem=1
fi
if ((use_netem)); then
    echo "   netem works: kernel delay on the namespace's lo ($where)"
    MAILWRIGHT_TEST_CA=$ns_ca "${nsexec[@]}" "$py" "$here/bench.py" --results "$results" \
        rtt --phase base --port "$ns_port" --n "$n_rtt"
    tc -n "$ns" qdisc add dev lo root netem delay 25ms
    MAILWRIGHT_TEST_CA=$ns_ca "${nsexec[@]}" "$py" "$here/bench.py" --results "$results" \
        rtt --phase delayed --port "$ns_port" --n "$n_rtt" --how "tc netem, $where"
else
    echo "   tc netem unavailable ($(tr '\n' ' ' <"$work/netem.err" 2>/dev/null)); user-space delay_proxy.py in $where"
    for d in 0 0.025; do
        "${nsexec[@]}" "$py" "$here/delay_proxy.py" --upstream "127.0.0.1:$ns_port" --delay "$d" \
            --listen-port-file "$work/proxy-$d.port" >"$work/proxy-$d.log" 2>&1 &
        pids+=($!)
        wait_file "$work/proxy-$d.port"
    done
    MAILWRIGHT_TEST_CA=$ns_ca "${nsexec[@]}" "$py" "$here/bench.py" --results "$results" \
        rtt --phase base --port "$(cat "$work/proxy-0.port")" --n "$n_rtt"
    MAILWRIGHT_TEST_CA=$ns_ca "${nsexec[@]}" "$py" "$here/bench.py" --results "$results" \
        rtt --phase delayed --port "$(cat "$work/proxy-0.025.port")" --n "$n_rtt" \
        --how "delay_proxy.py, $where"
fi

echo "== 3. throughput, ${big} MiB random attachment over STARTTLS"
head -c "$((big << 20))" /dev/urandom >"$work/big.bin"
bench throughput --port "$sink_port" --label nullsink --attach "$work/big.bin" \
    --size-label "${big}MiB" --n "$n_tput"
bench throughput --port "$aio_port" --label aiosmtpd --attach "$work/big.bin" \
    --size-label "${big}MiB" --n 1

echo "== 4. peak RSS of mailwright-send (null sink)"
head -c 1024 /dev/urandom | base64 -w 76 | head -c 1024 >"$work/small.txt"
head -c "$((huge << 20))" /dev/urandom >"$work/huge.bin"
bench memory --port "$sink_port" --small "$work/small.txt" --attach "$work/big.bin" "$work/huge.bin"

bench table
echo
echo "elapsed: $(( $(date +%s) - t_start )) s; mailwright-send: $MW_BIN"
