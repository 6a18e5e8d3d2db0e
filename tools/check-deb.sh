#!/usr/bin/env bash
# Checks a Mailwright .deb the way a Debian system meets it: lintian reports no error; `dpkg -i`
# installs it (its dependencies present, as tools/install-deps.sh leaves them); both programs run
# from /usr/bin, the window offscreen taking a mailto: link from a second launch; `dpkg --purge`
# removes it and leaves nothing it installed behind. As root, where changing /usr is fine (CI);
# it refuses to touch a Mailwright that is installed already.
#
#   tools/check-deb.sh PACKAGE.deb
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "usage: tools/check-deb.sh PACKAGE.deb" >&2
    exit 2
fi
deb=$(realpath "$1")
step() { printf '\n== check-deb: %s\n' "$*"; }
fail() { echo "check-deb: $*" >&2; exit 1; }

step "lintian $(basename "$deb")"
lintian --fail-on error "$deb"

if dpkg-query -W -f='${db:Status-Status}' mailwright 2>/dev/null | grep -qv '^not-installed$'; then
    fail "a mailwright package is installed already; remove it first (dpkg --purge mailwright)"
fi
# What the package holds, and which of those paths exist before it comes (/usr/share, …).
mapfile -t paths < <(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed -e 's|^\./|/|' -e 's|/$||' | grep -v '^/\?$')
existed=()
for path in "${paths[@]}"; do
    [ -e "$path" ] && existed+=("$path")
done

work=$(mktemp -d /tmp/mailwright-check-deb.XXXXXX)
primary=
cleanup() {
    [ -n "$primary" ] && kill "$primary" 2>/dev/null && wait "$primary" 2>/dev/null
    dpkg --purge mailwright >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

step "dpkg -i"
dpkg -i "$deb"
[ "$(dpkg-query -W -f='${db:Status-Status}' mailwright)" = installed ] || fail "dpkg -i did not install it"

step "the programs, from /usr/bin"
version=$(dpkg-deb -f "$deb" Version)
version=${version%-*}
# A terminal with no display: --version and --help need none.
session=(env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8)
mkdir -p "$work/home" "$work/run"
chmod 700 "$work/run"
[ "$(command -v mailwright)" = /usr/bin/mailwright ] || fail "mailwright is not /usr/bin/mailwright"
got=$("${session[@]}" /usr/bin/mailwright --version)
[ "$got" = "Mailwright $version" ] || fail "mailwright --version said: $got"
got=$("${session[@]}" /usr/bin/mailwright-send --version)
[ "$got" = "mailwright-send $version" ] || fail "mailwright-send --version said: $got"
"${session[@]}" /usr/bin/mailwright-send --help | grep -q -- '--profile' || fail "mailwright-send --help"
# The window, offscreen: it becomes the instance, and a second launch hands it a link.
gui=("${session[@]}" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/mailwright-no-bus)
"${gui[@]}" /usr/bin/mailwright >"$work/primary.log" 2>&1 &
primary=$!
for _ in $(seq 1 200); do
    [ -S "$work/run/org.mailwright.Mailwright.socket" ] && break
    kill -0 "$primary" 2>/dev/null || { cat "$work/primary.log" >&2; fail "/usr/bin/mailwright ended at start"; }
    sleep 0.1
done
[ -S "$work/run/org.mailwright.Mailwright.socket" ] || fail "/usr/bin/mailwright never listened"
timeout 60 "${gui[@]}" /usr/bin/mailwright 'mailto:bob@example.org?subject=From%20the%20package' ||
    fail "a second /usr/bin/mailwright could not hand its link over"
kill -0 "$primary" 2>/dev/null || fail "the instance ended after taking the link"
kill "$primary"
wait "$primary" 2>/dev/null || true
primary=

step "dpkg --purge"
dpkg --purge mailwright
[ "$(dpkg-query -W -f='${db:Status-Status}' mailwright 2>/dev/null || echo not-installed)" = not-installed ] ||
    fail "dpkg --purge left the package registered"
left=()
for path in "${paths[@]}"; do
    [ -e "$path" ] || continue
    printf '%s\n' "${existed[@]}" | grep -Fxq -- "$path" && [ -d "$path" ] && continue
    left+=("$path")
done
((${#left[@]} == 0)) || fail "left behind after purge: ${left[*]}"
echo "check-deb: ${#paths[@]} paths installed, run and removed; nothing left"
