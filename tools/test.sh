#!/usr/bin/env bash
# Builds Mailwright and runs the whole test suite: unit tests, GUI tests (offscreen) and
# integration tests against real servers on 127.0.0.1 that this script starts and stops.
#
# MAILWRIGHT_SANITIZE=1: the same suite built with clang, AddressSanitizer and (fatal)
# UndefinedBehaviorSanitizer in build-sanitize/ (runtime options: tools/sanitizers/), which also
# builds the libFuzzer targets: tools/fuzz.sh runs them, the suite runs each over its committed
# corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${MAILWRIGHT_BUILD_DIR:-build}
configure=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON)
if [ -n "${MAILWRIGHT_SANITIZE:-}" ]; then
    build=${MAILWRIGHT_BUILD_DIR:-build-sanitize}
    # CC/CXX count when the build directory is first configured.
    export CC=clang CXX=clang++
    configure+=(-DMAILWRIGHT_FUZZ=ON) # implies MAILWRIGHT_SANITIZE
    # shellcheck disable=SC1091
    source tools/sanitizers/environment.sh
fi

cmake -S . -B "$build" -G Ninja "${configure[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)"

export QT_QPA_PLATFORM=offscreen
state=$(mktemp -d /tmp/mailwright-test.XXXXXX)
if [ -x tools/testenv/start.sh ]; then
    trap 'tools/testenv/stop.sh "$state" || true; rm -rf "$state"' EXIT
    tools/testenv/start.sh "$state"
    # shellcheck disable=SC1091
    source "$state/env"
else
    trap 'rm -rf "$state"' EXIT
fi
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "$@"
