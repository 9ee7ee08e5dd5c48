#!/usr/bin/env bash
# Builds the .deb and installs it on a fresh Debian 12 (a debootstrap minbase chroot, from
# Debian's archive), then starts both programs there, in English and in German (the
# translations are in the binaries; no locale needs generating): the package declares what
# it needs.
#   sudo packaging/check-deb.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
command -v debootstrap >/dev/null || apt-get install -y -q --no-install-recommends debootstrap
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
(cd build/release && cpack -G DEB >/dev/null)
deb=$(ls build/release/funneldesk_*_amd64.deb | head -n 1)
root=$(mktemp -d "${TMPDIR:-/tmp}/funneldesk-fresh.XXXXXX")
trap 'umount "$root/proc" 2>/dev/null || true; rm -rf "$root"' EXIT
debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
cp "$deb" "$root/tmp/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount --bind /proc "$root/proc"
chroot "$root" /bin/bash -c "apt-get update -q >/dev/null &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/$(basename "$deb") >/dev/null &&
    funneldesk --version && funneldesk-cli --version &&
    funneldesk-cli --db /tmp/demo.sqlite generate --customers 200 --tickets 2000 --touchpoints 6000 &&
    funneldesk-cli --db /tmp/demo.sqlite check &&
    HOME=/tmp QT_QPA_PLATFORM=offscreen funneldesk --db /tmp/demo.sqlite --screenshot /tmp/overview.png &&
    LANG=de_DE.UTF-8 funneldesk-cli --db /tmp/none.sqlite stats 2>&1 | grep -q 'existiert nicht' &&
    HOME=/tmp LANG=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen funneldesk --db /tmp/demo.sqlite --screenshot /tmp/overview-de.png"
echo "The package installs and runs on a fresh Debian 12, in English and in German."
