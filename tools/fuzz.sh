#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) in build-sanitize/ — the same clang build that runs
# the sanitizer suite (MAILWRIGHT_SANITIZE=1 tools/test.sh) — and runs each for SECONDS
# (default 60), MAILWRIGHT_FUZZ_JOBS (default 2) at a time, niced.
#
#   tools/fuzz.sh [SECONDS] [TARGET…]      TARGET: fuzz_reply_parser, fuzz_address_parser, …
#
# Each target starts from its committed corpus (tests/fuzz/corpus/TARGET, read only) and grows
# a working corpus in build-sanitize/fuzz/corpus/TARGET, kept between runs. An input that
# crashes or fails a check is written to build-sanitize/fuzz/artifacts/TARGET/ and makes this
# script exit 1: copy it into tests/fuzz/corpus/TARGET/ under a name that says what the bug
# was, fix the bug, and the suite keeps it fixed (each target's ctest runs its whole corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
build=${MAILWRIGHT_BUILD_DIR:-build-sanitize}
jobs=${MAILWRIGHT_FUZZ_JOBS:-2}
all=(fuzz_reply_parser fuzz_address_parser fuzz_header_writer fuzz_data_encoder)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")

export CC=clang CXX=clang++   # count when the build directory is first configured
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON -DMAILWRIGHT_FUZZ=ON >/dev/null
nice -n 10 cmake --build "$build" -j2 --target "${targets[@]}"
# shellcheck disable=SC1091
source tools/sanitizers/environment.sh

run_one() {
    local target=$1 corpus=$build/fuzz/corpus/$1 artifacts=$build/fuzz/artifacts/$1
    mkdir -p "$corpus" "$artifacts"
    # -timeout: one input taking over 10 s is a finding too (a hang); -rss_limit_mb: memory.
    if nice -n 10 "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "tests/fuzz/corpus/$target" \
        >"$build/fuzz/$target.log" 2>&1; then
        echo "fuzz: $target: $(grep -o 'stat::number_of_executed_units: [0-9]*' "$build/fuzz/$target.log" \
            | grep -o '[0-9]*$') runs in ${seconds} s, nothing found"
    else
        echo "fuzz: $target FOUND A PROBLEM; log $build/fuzz/$target.log, input in $artifacts/:" >&2
        grep -E 'fuzz check failed|ERROR|SUMMARY|runtime error' "$build/fuzz/$target.log" | head -n 5 >&2
        return 1
    fi
}

mkdir -p "$build/fuzz"
failed=0
running=0
for target in "${targets[@]}"; do
    if ((running >= jobs)); then
        wait -n || failed=1
        running=$((running - 1))
    fi
    run_one "$target" &
    running=$((running + 1))
done
while ((running > 0)); do
    wait -n || failed=1
    running=$((running - 1))
done
exit "$failed"
