#!/usr/bin/env bash
# Starts Mailwright on Xvfb the way a browser does for a mailto: link that asks to attach files,
# presses Send, and saves a picture of the screen with the question Send asks about them:
# docs/mailto-attachment.png (the AppStream screenshot). A throw-away home holds one account
# profile (written by the test helper mailwright-test-profile-writer) and the files the link names.
#
#   tools/screenshot-mailto.sh [OUTPUT.png]
#
# The build directory is $MAILWRIGHT_BUILD_DIR (default: build), configured with tests.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${MAILWRIGHT_BUILD_DIR:-build}
out=$(realpath -m "${1:-docs/mailto-attachment.png}")
cmake --build "$build" --target mailwright mailwright-test-profile-writer >/dev/null

home=$(mktemp -d /tmp/ann.XXXXXX) # a short path: it shows in the picture
xvfb=
app=
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$home"
}
trap cleanup EXIT
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/run
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -p "$home/run" "$home/Documents" "$home/.ssh"
chmod 700 "$home/run"
printf 'figures\n' >"$home/Documents/Quarterly report.pdf"
printf 'secret\n' >"$home/.ssh/id_rsa"
"$build/tests/support/mailwright-test-profile-writer" --file "$XDG_CONFIG_HOME/Mailwright/Mailwright/profiles.ini" \
    --name Work --host smtp.example.org --port 587 --security StartTls --user ann@example.org \
    --sender-name 'Ann Lee' --sender-address ann@example.org

# A free display number, the size of the composer's first window.
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1040x780x24 -nolisten tcp &
xvfb=$!
export DISPLAY=:$display
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done

link="mailto:bob@example.org?cc=cy@example.org&subject=Quarterly%20report&body=Hi%20Bob%2C%0D%0A%0D%0A"
link+="here%20are%20the%20figures.%0D%0A%0D%0AAnn&attach=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$home/Documents/Quarterly report.pdf")"
link+="&attach=$home/.ssh/id_rsa&From=ceo@example.org"
"$build/app/mailwright" "$link" &
app=$!
window=$(xdotool search --sync --onlyvisible --name 'Quarterly report — Mailwright' | head -1)
sleep 1 # the first paint
# Send, with the mouse: the button sits at the bottom right of the message area.
xdotool mousemove --window "$window" 990 530 click 1
xdotool search --sync --onlyvisible --name 'Send the Files the Link Asked For' >/dev/null
sleep 1
import -window root "$out"
echo "saved $out"
