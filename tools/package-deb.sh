#!/usr/bin/env bash
# Builds Mailwright's Debian package from the main build ($MAILWRIGHT_BUILD_DIR, default build)
# with CPack (packaging/deb/Packaging.cmake): prefix /usr, dependencies from dpkg-shlibdeps plus
# libqt6sql6-sqlite and xdg-utils, the copyright file and changelog Debian asks for. Prints the
# path of the .deb on stdout; tools/check-deb.sh checks it.
#
#   tools/package-deb.sh [OUTPUT_DIR]      (default: <build>/package)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${MAILWRIGHT_BUILD_DIR:-build}
out=${1:-$build/package}

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
fi
cmake --build "$build" -j"$(nproc)" >&2
mkdir -p "$out"
rm -rf "$out/_CPack_Packages" "$out"/mailwright_*.deb
cpack --config "$build/CPackConfig.cmake" -B "$out" >&2
packages=("$out"/mailwright_*.deb)
if [ ${#packages[@]} -ne 1 ] || [ ! -f "${packages[0]}" ]; then
    echo "package-deb: CPack made no single mailwright_*.deb in $out" >&2
    exit 1
fi
realpath "${packages[0]}"
