#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# `cmake --install` into a DESTDIR lays out everything MemLens needs, where the desktop, D-Bus
# and polkit look for it; the installed .desktop entry and metainfo pass their validators.
#   install-tree.sh BUILD_DIR
set -euo pipefail
build=$1
destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT
DESTDIR="$destdir" cmake --install "$build" --prefix /usr >/dev/null

failures=0
check() { if [ -e "$destdir$1" ]; then echo "ok   - $1"; else echo "FAIL - $1 is missing"; failures=$((failures + 1)); fi; }
check /usr/bin/memlens
check /usr/lib/kauth/libexec/memlens-helper
check /usr/share/applications/io.github.memlens.MemLens.desktop
check /usr/share/metainfo/io.github.memlens.MemLens.metainfo.xml
check /usr/share/icons/hicolor/scalable/apps/io.github.memlens.MemLens.svg
check /usr/share/icons/hicolor/symbolic/apps/io.github.memlens.MemLens-symbolic.svg
check /usr/share/memlens/translations/memlens_de.qm
check /usr/share/memlens/translations/memlens_fr.qm
check /usr/share/polkit-1/actions/io.github.memlens.helper.policy
check /usr/share/dbus-1/system.d/io.github.memlens.helper.conf
check /usr/share/dbus-1/system-services/io.github.memlens.helper.service
client=$(find "$destdir/usr" -name memlens-kauth-client -type f)
[ -n "$client" ] && echo "ok   - ${client#"$destdir"}" || { echo "FAIL - memlens-kauth-client is missing"; failures=$((failures + 1)); }

# D-Bus starts the helper from the path its service file names: that must be the installed one.
exec_line=$(grep '^Exec=' "$destdir/usr/share/dbus-1/system-services/io.github.memlens.helper.service")
check "${exec_line#Exec=}"
grep -q '^Exec=memlens$' "$destdir/usr/share/applications/io.github.memlens.MemLens.desktop" && echo "ok   - the .desktop entry starts memlens" ||
  { echo "FAIL - the .desktop entry does not start memlens"; failures=$((failures + 1)); }

desktop-file-validate "$destdir/usr/share/applications/io.github.memlens.MemLens.desktop" && echo "ok   - desktop-file-validate" ||
  { echo "FAIL - desktop-file-validate"; failures=$((failures + 1)); }
appstreamcli validate --no-net "$destdir/usr/share/metainfo/io.github.memlens.MemLens.metainfo.xml" >/dev/null && echo "ok   - appstreamcli validate" ||
  { echo "FAIL - appstreamcli validate"; failures=$((failures + 1)); }
echo "# $failures failed"
[ "$failures" -eq 0 ]
