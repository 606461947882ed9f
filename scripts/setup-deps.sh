#!/usr/bin/env bash
# Installs the Debian 12 packages Akta needs to build, run and test. Idempotent: only what is
# missing is installed. Runs apt through sudo when not root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git clang-format clang libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libsqlite3-dev sqlite3 libstemmer-dev
    libgmime-3.0-dev libgsf-1-dev libpoppler-qt6-dev libquazip1-qt6-dev
    poppler-utils fonts-dejavu-core groff ghostscript qpdf zip python3 bc
    xvfb xauth
    libcpp-httplib-dev libsodium-dev libssl-dev openssl curl libqt6sql6-sqlite libqt6sql6-psql postgresql nodejs
    qtkeychain-qt6-dev
    gnome-keyring dbus-daemon
)
# npm for the OpenAPI validator: Debian's npm package, unless a nodejs that brings its own npm is installed.
if ! command -v npx >/dev/null 2>&1; then
    packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
