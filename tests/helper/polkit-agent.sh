# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# shellcheck shell=bash
# Sourced by end-to-end scripts (bash, as root): runs commands as a test user with a real polkit
# authentication agent — pkttyagent from the polkitd package, which authenticates through
# polkit-agent-helper-1 and PAM with the user's real password — answers its password prompts and
# counts them. A rule granting the user proves the wiring; this shows what a user lives through.
#
#   polkit_system_start           a system dbus-daemon and polkitd, unless they already run
#   polkit_system_stop            stops what polkit_system_start started, by pid
#   polkit_admin_group            the group whose members polkit asks for (addAdminRule)
#   polkit_agent_user USER PASSWORD
#                                 USER (created if missing) with PASSWORD, in the admin group
#   polkit_ask_rule_install ACTION_PREFIX USER [POLICY_FILE]
#   polkit_ask_rule_remove [USER]
#                                 a rule answering AUTH_ADMIN_KEEP for USER's actions under
#                                 ACTION_PREFIX — or, given the installed policy, what it says
#                                 for an active session, action by action — waited for until
#                                 polkitd applies (or drops) it
#   polkit_count_prompts USER PASSWORD LOGFILE -- COMMAND [ARGS...]
#                                 COMMAND as USER with pkttyagent; prints the number of prompts
#   polkit_agent_cleanup          undoes all of the above that this library did
#
# Functions return non-zero on failure and never exit: callers under set -e call
# polkit_count_prompts as `n=$(polkit_count_prompts ...) || rc=$?`.
#
# Why an ask rule: no process here has a logind session, so polkitd applies an action's
# <allow_any> default ("no" for MemLens) and never asks. The rule only says "ask the admin and keep
# the answer"; whether the answer is yes is up to the agent and PAM.
#
# Whom an agent serves: pkttyagent --process registers for that one process (pid and start time).
# polkitd looks the agent up by the request's subject; a system-bus-name subject (KAuth's helper
# checks its caller's bus name) is mapped to the process owning the name. There is no session to
# fall back on, so a process without its own agent gets "not authorized" with no prompt. pkexec's
# subject is its parent process; KAuth's is the client process itself, a new one on every call.
# polkit_count_prompts therefore gives COMMAND's own process an agent, and COMMAND can give one to
# each child that is a subject of its own by starting it through "$POLKIT_AGENT_EXEC".

POLKIT_AGENT_STARTED=()     # pids of daemons polkit_system_start started
POLKIT_AGENT_USERS=()       # users polkit_agent_user created
POLKIT_AGENT_MEMBERSHIPS=() # USER:GROUP memberships polkit_agent_user added to existing users
POLKIT_AGENT_GROUP=         # the admin group, if polkit_agent_user created it
POLKIT_ASK_RULES=()         # RULEFILE|USER|PROBE_ACTION|PROBE_ANSWER_BEFORE
POLKIT_AGENT_TIMEOUT=${POLKIT_AGENT_TIMEOUT:-120} # seconds one polkit_count_prompts may take

# polkit_system_start: a system bus and polkitd, as e2e-helper.sh starts them; a running bus is
# reused (told to reread its configuration, for a freshly installed service). Waits up to a
# minute for polkitd to answer on the bus.
polkit_system_start() {
  local pidfile
  if ! dbus-send --system --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.GetId >/dev/null 2>&1; then
    mkdir -p /run/dbus && rm -f /run/dbus/pid
    pidfile=$(mktemp)
    dbus-daemon --system --fork --print-pid >"$pidfile" || { rm -f "$pidfile"; echo "polkit-agent: dbus-daemon did not start" >&2; return 1; }
    POLKIT_AGENT_STARTED+=("$(head -1 "$pidfile")")
    rm -f "$pidfile"
  else
    dbus-send --system --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.ReloadConfig >/dev/null
  fi
  if ! pgrep -x polkitd >/dev/null; then
    /usr/lib/polkit-1/polkitd --no-debug >/dev/null 2>&1 &
    POLKIT_AGENT_STARTED+=($!)
  fi
  local _
  for _ in $(seq 300); do
    dbus-send --system --print-reply --dest=org.freedesktop.PolicyKit1 /org/freedesktop/PolicyKit1/Authority \
      org.freedesktop.DBus.Peer.Ping >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "polkit-agent: polkitd did not answer on the system bus within a minute" >&2
  return 1
}

# polkit_system_stop: ends the daemons polkit_system_start started (polkitd first), by pid, and
# waits up to 10 s for each to be gone.
polkit_system_stop() {
  local i pid state _
  for ((i = ${#POLKIT_AGENT_STARTED[@]} - 1; i >= 0; i--)); do
    pid=${POLKIT_AGENT_STARTED[i]}
    kill "$pid" 2>/dev/null
    for _ in $(seq 100); do
      # Gone, or a zombie its parent has yet to reap.
      state=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -c1)
      if [ -z "$state" ] || [ "$state" = Z ]; then break; fi
      sleep 0.1
    done
  done
  POLKIT_AGENT_STARTED=()
  return 0
}

# polkit_admin_group: prints the group the first addAdminRule (in polkit's order, by file name
# across /etc and /usr/share) names; Debian's 50-default.rules says unix-group:sudo. sudo when no
# rule names a group.
polkit_admin_group() {
  local f files group=''
  files=$(for f in /etc/polkit-1/rules.d/*.rules /usr/share/polkit-1/rules.d/*.rules; do
            if [ -f "$f" ]; then printf '%s\t%s\n' "${f##*/}" "$f"; fi
          done | sort -s -t "$(printf '\t')" -k1,1 | cut -f2)
  while read -r f; do
    [ -n "$f" ] || continue
    group=$(awk '/addAdminRule/ { admin = 1 }
                 admin && !found && match($0, /unix-group:[A-Za-z0-9_.-]+/) {
                   print substr($0, RSTART + 11, RLENGTH - 11); found = 1 }' "$f")
    [ -n "$group" ] && break
  done <<<"$files"
  echo "${group:-sudo}"
}

# polkit_agent_user USER PASSWORD: USER exists, has PASSWORD and is in the admin group, so that an
# auth_admin request asks for USER's own password. A user created here has no home and the
# nologin shell; runuser runs commands for it all the same.
polkit_agent_user() {
  local user=$1 password=$2 group
  group=$(polkit_admin_group)
  if ! getent group "$group" >/dev/null; then
    groupadd "$group" || return 1
    POLKIT_AGENT_GROUP=$group
  fi
  if ! id "$user" >/dev/null 2>&1; then
    useradd --no-create-home --shell /usr/sbin/nologin --groups "$group" "$user" || return 1
    POLKIT_AGENT_USERS+=("$user")
  elif ! id -nG "$user" | tr ' ' '\n' | grep -qx "$group"; then
    usermod --append --groups "$group" "$user" || return 1
    POLKIT_AGENT_MEMBERSHIPS+=("$user:$group")
  fi
  printf '%s:%s\n' "$user" "$password" | chpasswd
}

# _polkit_probe USER ACTION: prints pkcheck's exit code for USER's own shell asking for ACTION
# without interaction: 0 authorized, 1 not authorized, 2 authentication would be asked for.
_polkit_probe() {
  local rc=0
  runuser -u "$1" -- sh -c 'exec pkcheck --action-id "$1" --process $$' sh "$2" >/dev/null 2>&1 || rc=$?
  echo "$rc"
}

# _polkit_probe_until USER ACTION CODE SECONDS: waits for _polkit_probe to print CODE.
_polkit_probe_until() {
  local got _
  for _ in $(seq $(($4 * 10))); do
    got=$(_polkit_probe "$1" "$2")
    [ "$got" = "$3" ] && return 0
    sleep 0.1
  done
  echo "polkit-agent: pkcheck for $2 as $1 still exits $got, not $3, after $4 s" >&2
  return 1
}

# polkit_ask_rule_install ACTION_PREFIX USER [POLICY_FILE]: installs
# /etc/polkit-1/rules.d/49-polkit-agent-USER-ACTION_PREFIX.rules, answering AUTH_ADMIN_KEEP to
# USER's actions whose id starts with ACTION_PREFIX — with POLICY_FILE, each action's
# <allow_active> from it instead, which is what a user in an active session meets — then waits up
# to 60 s for polkitd to apply it: until pkcheck (no interaction) exits 2, "authentication
# required", for the first such action pkaction lists (waited for too, up to 60 s, when the policy
# was just installed). An action whose <allow_any> is already auth_admin (pkexec's) asks before
# the rule as well.
polkit_ask_rule_install() {
  local prefix=$1 user=$2 policy=${3:-} answers='' rule action='' before _
  case "$prefix$user" in *[!A-Za-z0-9._-]*) echo "polkit-agent: unsafe action prefix or user name" >&2; return 1 ;; esac
  rule=/etc/polkit-1/rules.d/49-polkit-agent-$user-${prefix%.}.rules
  # polkitd reads a freshly installed policy some time after it appears.
  for _ in $(seq 300); do
    action=$(pkaction 2>/dev/null | awk -v p="$prefix" 'index($0, p) == 1 && !found { print; found = 1 }') || action=''
    [ -n "$action" ] && break
    sleep 0.2
  done
  [ -n "$action" ] || { echo "polkit-agent: polkitd knows no action starting with $prefix after 60 s" >&2; return 1; }
  before=$(_polkit_probe "$user" "$action")
  if [ -n "$policy" ]; then
    # "ID": polkit.Result.ANSWER, for each action of the policy: its <allow_active>.
    answers=$(awk -v p="$prefix" '
      match($0, /<action id="[^"]+"/) { id = substr($0, RSTART + 12, RLENGTH - 13) }
      match($0, /<allow_active>[a-z_]+</) && index(id, p) == 1 {
        printf "        \"%s\": polkit.Result.%s,\n", id, toupper(substr($0, RSTART + 14, RLENGTH - 15)) }' "$policy")
    [ -n "$answers" ] || { echo "polkit-agent: $policy has no action starting with $prefix" >&2; return 1; }
  fi
  mkdir -p /etc/polkit-1/rules.d
  if [ -n "$answers" ]; then
    cat >"$rule" <<RULE
// Installed by tests/helper/polkit-agent.sh for a test; removed when it ends.
// What the installed policy says for an active session, which no process has here.
(function() {
    var answers = {
$answers
    };
    polkit.addRule(function(action, subject) {
        if (subject.user == "$user" && answers[action.id] !== undefined)
            return answers[action.id];
    });
})();
RULE
  else
    cat >"$rule" <<RULE
// Installed by tests/helper/polkit-agent.sh for a test; removed when it ends.
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("$prefix") == 0 && subject.user == "$user")
        return polkit.Result.AUTH_ADMIN_KEEP;
});
RULE
  fi
  chmod 644 "$rule"
  POLKIT_ASK_RULES+=("$rule|$user|$action|$before")
  _polkit_probe_until "$user" "$action" 2 60
}

# polkit_ask_rule_remove [USER]: removes the ask rules installed for USER (all when no USER is
# given) and waits up to 60 s for pkcheck to answer as it did before the rule.
polkit_ask_rule_remove() {
  local entry rule user action before kept=() rc=0
  for entry in "${POLKIT_ASK_RULES[@]}"; do
    IFS='|' read -r rule user action before <<<"$entry"
    if [ -n "${1:-}" ] && [ "$1" != "$user" ]; then kept+=("$entry"); continue; fi
    rm -f "$rule"
    if id "$user" >/dev/null 2>&1 && [ "$before" != 2 ]; then
      _polkit_probe_until "$user" "$action" "$before" 60 || rc=1
    fi
  done
  POLKIT_ASK_RULES=("${kept[@]}")
  return "$rc"
}

# The wrapper that gives the process it runs in an agent: agent-exec COMMAND [ARGS...] starts
# pkttyagent --process for its own pid and start time, waits (30 s at most) for it to close its
# --notify-fd, which it does once polkitd has registered it, then execs COMMAND in the same
# process, so that COMMAND is the subject the agent serves from its first request on. A watcher
# ends the agent when COMMAND has ended. A process that already has its agent (POLKIT_AGENT_FOR
# names its pid and start time: a shell exec'ing the wrapper) just execs COMMAND. pkttyagent runs
# in the C locale, so PAM asks "Password: ".
_polkit_agent_exec_script() {
  cat <<'WRAPPER'
#!/bin/sh
run=$(dirname "$0")/run
start=$(sed 's/.*) //' /proc/$$/stat | cut -d' ' -f20)
# A process already served (a shell exec'ing the wrapper) keeps its agent: polkitd takes one
# agent per subject.
[ "${POLKIT_AGENT_FOR:-}" = "$$,$start" ] && exec "$@"
export POLKIT_AGENT_FOR="$$,$start"
notify=$(mktemp -u "$run/notify.XXXXXX")
mkfifo -m 600 "$notify" || exit 125
LC_ALL=C pkttyagent --process "$$,$start" --notify-fd 3 3>"$notify" </dev/null >/dev/null 2>>"$run/agent-errors" &
agent=$!
echo "$agent" >"$run/agent.$agent"
# EOF once pkttyagent closed the fd (registered) or ended (failed).
timeout 30 cat "$notify" >/dev/null
waited=$?
rm -f "$notify"
if [ "$waited" != 0 ] || ! kill -0 "$agent" 2>/dev/null; then
  kill "$agent" 2>/dev/null
  echo "polkit-agent: pkttyagent did not register for process $$: $(tail -1 "$run/agent-errors" 2>/dev/null)" >&2
  exit 125
fi
(
  while kill -0 $$ 2>/dev/null; do sleep 0.2; done
  kill "$agent" 2>/dev/null
) </dev/null >/dev/null 2>&1 &
exec "$@"
WRAPPER
}

# _polkit_session_tty TIMEOUT_PID: the pty of the session script(1) runs under timeout(1).
_polkit_session_tty() {
  local script child
  script=$(pgrep -P "$1" -x script | awk "NR == 1")
  [ -n "$script" ] || return 1
  child=$(pgrep -P "$script" | awk "NR == 1")
  [ -n "$child" ] || return 1
  readlink "/proc/$child/fd/0"
}

# _polkit_wait_asking TTY: waits (5 s at most) until the agent has switched the terminal to
# reading a password (it clears ECHOK, with TCSAFLUSH, which drops input typed earlier).
_polkit_wait_asking() {
  local _
  for _ in $(seq 50); do
    case " $(stty -F "$1" -a 2>/dev/null | tr '\n' ' ') " in *" -echok "*) return 0 ;; esac
    sleep 0.1
  done
  return 1
}

# polkit_count_prompts USER PASSWORD LOGFILE -- COMMAND [ARGS...]: runs COMMAND as USER (runuser)
# on a new pseudo-terminal made by script(1), COMMAND's process with pkttyagent registered for it
# before COMMAND starts. Answers PASSWORD to each password prompt (and USER's number when the
# agent asks which admin to authenticate as), writes the terminal — the agent's text and
# COMMAND's output, interleaved — to LOGFILE, prints the number of password prompts and returns
# COMMAND's exit status: 124 when it took longer than POLKIT_AGENT_TIMEOUT seconds, 125 when an
# agent did not register. COMMAND's environment has POLKIT_AGENT_EXEC, a wrapper that gives a
# child process an agent of its own: "$POLKIT_AGENT_EXEC" PROGRAM ARGS... — each KAuth client is
# its own subject and needs one; a pkexec is covered by its parent's. COMMAND's standard input
# is the terminal the answers are typed into: COMMAND must not read it.
polkit_count_prompts() {
  local user=$1 password=$2 log=$3
  shift 3
  [ "${1:-}" = -- ] && shift
  [ $# -gt 0 ] || { echo "polkit-agent: polkit_count_prompts needs a command" >&2; return 2; }
  local work cmdline infd spid tty='' asked answered=0 chosen=0 rc=0 line pid
  work=$(mktemp -d /tmp/polkit-agent.XXXXXX) || return 2
  chmod 755 "$work"
  mkdir "$work/run" && chown "$user" "$work/run" && chmod 700 "$work/run"
  _polkit_agent_exec_script >"$work/agent-exec"
  chmod 755 "$work/agent-exec"
  mkfifo -m 600 "$work/in"
  cmdline=$(printf '%q ' runuser -u "$user" -- env POLKIT_AGENT_EXEC="$work/agent-exec" "$work/agent-exec" "$@")
  : >"$log"
  # Held open read-write, so that script(1) never reads the end of its input.
  exec {infd}<>"$work/in"
  # -E never: the terminal does not echo what is typed, so no password lands in the log even if
  # typed early; -f: the log is written as the session writes, for the loop below to read.
  SHELL=/bin/bash timeout -k 5 "$POLKIT_AGENT_TIMEOUT" \
    script --quiet --flush --return --echo never --command "$cmdline" "$log" <"$work/in" >/dev/null 2>&1 &
  spid=$!
  while kill -0 "$spid" 2>/dev/null; do
    # Which admin to authenticate as, when the admin group has several members.
    asked=$(grep -c 'Choose identity to authenticate as' "$log" 2>/dev/null || true)
    if [ "${asked:-0}" -gt "$chosen" ]; then
      line=$(grep -E "^ *[0-9]+\.  (.*\($user\)|$user)"$'\r'"?$" "$log" | tail -1 | sed -E 's/^ *([0-9]+)\..*/\1/' || true)
      sleep 0.3
      printf '%s\n' "${line:-1}" >&"$infd"
      chosen=$((chosen + 1))
    fi
    asked=$(grep -o 'Password: ' "$log" 2>/dev/null | wc -l || true)
    if [ "$asked" -gt "$answered" ]; then
      [ -n "$tty" ] || tty=$(_polkit_session_tty "$spid") || tty=''
      if [ -z "$tty" ] || ! _polkit_wait_asking "$tty"; then sleep 0.5; fi
      printf '%s\n' "$password" >&"$infd"
      answered=$((answered + 1))
    fi
    sleep 0.1
  done
  wait "$spid" || rc=$?
  exec {infd}>&-
  # Agents neither the session's hangup nor their watcher ended, if any: by pid, still USER's
  # pkttyagent.
  for pid in "$work"/run/agent.*; do
    [ -e "$pid" ] || continue
    pid=$(cat "$pid")
    if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = pkttyagent ] && [ "$(stat -c %U "/proc/$pid" 2>/dev/null)" = "$user" ]; then
      kill "$pid" 2>/dev/null
    fi
  done
  if [ -s "$work/run/agent-errors" ]; then
    { echo "--- pkttyagent's errors"; cat "$work/run/agent-errors"; } >>"$log"
  fi
  rm -rf "$work"
  echo "$answered"
  return "$rc"
}

# polkit_agent_cleanup: removes the ask rules, the users and memberships and the group this
# library made, and stops the daemons it started.
polkit_agent_cleanup() {
  local user entry
  polkit_ask_rule_remove '' >/dev/null 2>&1
  for user in "${POLKIT_AGENT_USERS[@]}"; do
    id "$user" >/dev/null 2>&1 && userdel "$user"
  done
  for entry in "${POLKIT_AGENT_MEMBERSHIPS[@]}"; do
    gpasswd --delete "${entry%%:*}" "${entry#*:}" >/dev/null 2>&1
  done
  [ -n "$POLKIT_AGENT_GROUP" ] && groupdel "$POLKIT_AGENT_GROUP"
  POLKIT_AGENT_USERS=() POLKIT_AGENT_MEMBERSHIPS=() POLKIT_AGENT_GROUP=
  polkit_system_stop
}
