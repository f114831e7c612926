#!/usr/bin/env bash
# Adds the desktop entry and the hicolor icons to a jpackage .deb as ordinary package files:
#   /usr/share/applications/ID.desktop, /usr/share/icons/hicolor/NxN/apps/ID.png
# (copied from the app image's lib/share). dpkg then owns them, removes them on purge, and the
# desktop-file-utils / hicolor-icon-theme triggers refresh the menus and icon caches. jpackage's
# own --linux-shortcut runs xdg-desktop-menu in postinst instead, which fails without a desktop.
# usage: add-desktop-files.sh PACKAGE.deb ID
set -euo pipefail
DEB=$1
ID=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
dpkg-deb -R "$DEB" "$TMP/pkg"
SHARE="$TMP/pkg/opt/$ID/lib/share"
[ -f "$SHARE/applications/$ID.desktop" ] || { echo "add-desktop-files.sh: $SHARE/applications/$ID.desktop missing" >&2; exit 1; }
mkdir -p "$TMP/pkg/usr/share"
cp -r "$SHARE/applications" "$SHARE/icons" "$TMP/pkg/usr/share/"
# Installed-Size is in KiB, everything but DEBIAN/
size=$(du -sk --exclude=DEBIAN "$TMP/pkg" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$TMP/pkg/DEBIAN/control"
# md5sums lists every file; regenerate it for the added ones
(cd "$TMP/pkg" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum > DEBIAN/md5sums) 2>/dev/null || true
dpkg-deb --root-owner-group -Zxz -b "$TMP/pkg" "$DEB" >/dev/null
