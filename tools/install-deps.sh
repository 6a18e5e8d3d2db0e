#!/usr/bin/env bash
# Installs (as root, on Debian 12) every package Mailwright needs to build, run and test.
# Safe to run again: packages already present are skipped by apt.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6svg6 qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n qtkeychain-qt6-dev libgl-dev libqt6sql6-sqlite
    qt6-networkauth-dev  # OAuth 2.0 sign-in (QOAuth2AuthorizationCodeFlow)
    # test servers and peers (started on 127.0.0.1 by the test scripts)
    python3 python3-aiosmtpd openssl dnsmasq-base
    postfix  # a private instance per state directory (tools/testenv/start.sh), never the system one
    # Dovecot submission and SASL for Postfix: a private instance too (tools/testenv/dovecot.sh)
    dovecot-core dovecot-submissiond
    # the sanitizer build and the fuzzers (MAILWRIGHT_SANITIZE=1 tools/test.sh, tools/fuzz.sh):
    # clang, its sanitizer runtimes and libFuzzer
    clang libclang-rt-14-dev
    # secrets under a private D-Bus session
    dbus dbus-x11 gnome-keyring libsecret-tools
    # a font with Chinese characters, for the Simplified Chinese interface and its screenshots
    fonts-wqy-microhei
    # benchmarks and screenshots
    swaks msmtp curl time xvfb xauth
    libnet-ssleay-perl libio-socket-ssl-perl libauthen-sasl-perl  # swaks --tls / --auth
    # desktop integration: checking the desktop file, AppStream data and man pages, xdg-email and
    # xdg-mime for the mailto: handler tests, lintian for the .deb (tools/check-deb.sh)
    desktop-file-utils appstream xdg-utils groff-base lintian
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-deps: missing packages (${missing[*]}); run this script as root" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    # Postfix must not become a system mail server (a daemon on 0.0.0.0:25 would take port 25
    # from the direct-delivery tests on 127.A.B.x): install it unconfigured; start.sh runs its own.
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    # Dovecot's maintainer scripts would start a system daemon on ports 143/993 (and 587 with
    # submission); the tests run their own instance. policy-rc.d (exit 101: "action forbidden")
    # keeps invoke-rc.d from starting any service during this install; ours is removed after.
    policy=/usr/sbin/policy-rc.d
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\n# tools/install-deps.sh: start no service while installing\nexit 101\n' >"$policy"
        chmod 755 "$policy"
        trap 'rm -f "$policy"' EXIT
    fi
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
