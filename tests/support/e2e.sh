# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# shellcheck shell=bash
# Sourced by the end-to-end scripts: what each of them starts with.
#   e2e_needs_root WHY   exits 77 (skipped) when not root, saying WHY; under CI=true, where the
#                        test must run, it fails instead
#   pass TEXT / fail TEXT  one line of the test's outcome; fail counts into $failures
#   e2e_done             the count of failures, and the exit status

failures=0
pass() { echo "ok   - $*"; }
fail() { echo "FAIL - $*"; failures=$((failures + 1)); }

e2e_needs_root() {
  [ "$(id -u)" -eq 0 ] && return 0
  if [ "${CI:-}" = true ]; then
    echo "FAIL: under CI=true this test must run as root"
    exit 1
  fi
  echo "SKIP: needs root — $1"
  exit 77
}

e2e_done() {
  echo "# $failures failed"
  [ "$failures" -eq 0 ]
}
