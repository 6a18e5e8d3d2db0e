#!/usr/bin/env bash
# Runs CMD… against a real, private Secret Service: a fresh D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon started inside it and its login keyring
# unlocked with an empty password. HOME and the XDG directories point at a temporary
# directory, so the person's own keyrings are never touched. Exits with CMD's status.
#
#   tests/support/with-keyring.sh ./SecretStoreTest testKeychainRoundTrip
set -euo pipefail

if [ "${1:-}" != "--inside" ]; then
    if [ $# -eq 0 ]; then
        echo "usage: $0 CMD [ARG...]" >&2
        exit 2
    fi
    for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
        command -v "$tool" >/dev/null || { echo "with-keyring: $tool not found (tools/install-deps.sh)" >&2; exit 2; }
    done
    scratch=$(mktemp -d /tmp/mailwright-keyring.XXXXXX)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    # No X display: nothing may try to autolaunch a bus or prompt on a screen.
    status=0
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
        HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
        XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
        dbus-run-session -- "$0" --inside "$@" || status=$?
    exit "$status"
fi
shift # --inside: now on the private bus

# An empty password would make gnome-keyring ask, on a screen we do not have, whether to keep
# the new login keyring unencrypted. Answer in advance: an unencrypted ("plain") login
# keyring, made the default. It lives in the temporary XDG_DATA_HOME and holds test data only.
keyrings="$XDG_DATA_HOME/keyrings"
mkdir -p "$keyrings"
chmod 700 "$keyrings"
printf '[keyring]\ndisplay-name=login\nctime=0\nmtime=0\nlock-on-idle=false\nlock-after=false\n' \
    >"$keyrings/login.keyring"
printf 'login' >"$keyrings/default"

# --unlock reads the login keyring's password from stdin: empty. The daemon forks and prints
# its environment (GNOME_KEYRING_CONTROL=…), which we export for the command.
daemon_env=$(printf '' | gnome-keyring-daemon --unlock --components=secrets)
while IFS= read -r line; do
    [ -n "$line" ] && export "${line?}"
done <<<"$daemon_env"

# The keyring must really work before CMD runs: store, read back and clear a probe item.
probe_value="probe-$$"
printf '%s' "$probe_value" | secret-tool store --label='Mailwright probe' mailwright-probe "$$"
got=$(secret-tool lookup mailwright-probe "$$" || true)
if [ "$got" != "$probe_value" ]; then
    echo "with-keyring: the private gnome-keyring does not answer (secret-tool lookup gave '$got')" >&2
    exit 2
fi
secret-tool clear mailwright-probe "$$"

export MAILWRIGHT_TEST_KEYRING=1
status=0
"$@" || status=$?
# dbus-run-session ends the bus when we return, and the daemon with it.
exit "$status"
