#!/usr/bin/env bash
# Starts Mailwright under Xvfb with a sample message and saves a picture of its window
# (the app grabs its own window once shown: `mailwright --demo --screenshot FILE`).
#
#   tools/screenshot.sh [--dark] [--scale N] [--lang LOCALE] [OUTPUT.png]
#
# OUTPUT defaults to docs/screenshot.png. --dark uses a dark palette (Fusion), --scale sets
# QT_SCALE_FACTOR (2 checks HiDPI), --lang a locale such as zh_CN.UTF-8. The build directory is
# $MAILWRIGHT_BUILD_DIR (default: build); the mailwright target is built when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${MAILWRIGHT_BUILD_DIR:-build}
out=docs/screenshot.png
args=(--demo)
scale=1
lang=C.UTF-8
while [ $# -gt 0 ]; do
    case $1 in
        --dark) args+=(--dark) ;;
        --scale) scale=$2; shift ;;
        --lang) lang=$2; shift ;;
        -*) echo "usage: $0 [--dark] [--scale N] [--lang LOCALE] [OUTPUT.png]" >&2; exit 2 ;;
        *) out=$1 ;;
    esac
    shift
done

if [ ! -x "$build/app/mailwright" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" --target mailwright
fi
mkdir -p "$(dirname "$out")"

# A throw-away home: remembered window geometry, servers and addresses do not leak in or out.
home=$(mktemp -d /tmp/mailwright-screenshot.XXXXXX)
trap 'rm -rf "$home"' EXIT
width=$((1100 * scale)); height=$((860 * scale))
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home \
    LANG=$lang LC_ALL=$lang QT_SCALE_FACTOR=$scale QT_QPA_PLATFORM=xcb \
    timeout 60 xvfb-run -a -s "-screen 0 ${width}x${height}x24" \
    "$build/app/mailwright" "${args[@]}" --screenshot "$(realpath -m "$out")"
echo "saved $out"
