#!/bin/sh

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Stands in for memlens-kauth-client --serve where the test is about what MemLens does with the
# answers, not about polkit: every request is answered as a helper that set swappiness from 60.
[ "$1" = --serve ] || exit 2
while read -r line; do
  value=$(printf '%s\n' "$line" | sed -n 's/.*"value":"\([0-9]*\)".*/\1/p')
  printf '{"ok":true,"data":{"old":"60","new":"%s"}}\n' "$value"
done
