# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# shellcheck shell=bash
#
# A real OpenSSH server on 127.0.0.1 for the end-to-end tests of `memlens --connect`. Source this
# file as root (it adds a user and starts /usr/sbin/sshd; no systemd needed), then:
#
#   sshd_env_start || exit 1
#   trap sshd_env_stop EXIT
#   ssh -F "$SSHD_ENV_SSH_CONFIG" memlens-test true          # no prompt of any kind
#   PATH="$SSHD_ENV_BIN_DIR:$PATH" memlens --connect memlens-test
#   PATH="$SSHD_ENV_BIN_DIR:$PATH" memlens --connect "$SSHD_ENV_USER@127.0.0.1:$SSHD_ENV_PORT"
#
# sshd_env_start exports:
#   SSHD_ENV_PORT        the port sshd listens on (127.0.0.1 only, chosen free)
#   SSHD_ENV_USER        the user to log in as, memlens-remote (a name kept for these tests)
#   SSHD_ENV_PID         the listening sshd
#   SSHD_ENV_SSH_CONFIG  an ssh_config with "Host memlens-test 127.0.0.1": HostName, Port, User,
#                        a passphrase-less key (IdentitiesOnly) and the host key pinned
#                        (StrictHostKeyChecking yes), so nothing asks anything
#   SSHD_ENV_BIN_DIR     a directory holding an `ssh` that runs /usr/bin/ssh -F SSHD_ENV_SSH_CONFIG
#   SSHD_ENV_DIR         the temporary directory with all of the above, and sshd.log
#
# Why a wrapper on PATH and not a HOME: MemLens runs plain `ssh`, which reads the user's
# ~/.ssh/config. OpenSSH takes "~" from the passwd entry (getpwuid), not from $HOME, so
# `HOME=/tmp/x ssh` still reads /root/.ssh/config, and the tests must not write there. A directory
# put first on PATH with an `ssh` that adds -F reaches the test server without touching the
# caller's files. (-F also skips /etc/ssh/ssh_config, so the system's settings play no part.)
#
# The remote PATH: with UsePAM no, sshd gives the command the PATH it was built with, on Debian 12
# /usr/local/bin:/usr/bin:/bin:/usr/games, and the user's shell (bash -c) keeps it: Debian's
# ~/.bashrc stops at once when not interactive. That is what `memlens --connect` meets on a real
# host, so this file adds nothing to it (no SetEnv PATH, no symlinks): a test makes memlens-agent
# reachable as an installation would, `cmake --install --prefix /usr/local` or a symlink in
# /usr/local/bin, and removes it afterwards. Without that the agent is missing just as on a host
# without MemLens: exit code 127, "bash: line 1: memlens-agent: command not found".
#
# sshd_env_stop ends the listener and every process below it (the per-connection sshd processes
# and the commands they run, which sshd puts in sessions of their own) and any process left
# running as the test user, then deletes the user with its home, and the temporary directory.
# Seen from the client: sshd killed under a live session (TERM or KILL) ends ssh within
# milliseconds, exit code 255, "Connection to 127.0.0.1 closed by remote host."; sshd stopped
# (SIGSTOP, as a network that drops everything) leaves it to -o ServerAliveInterval=5
# -o ServerAliveCountMax=3: exit code 255 after about 20 s, "Timeout, server 127.0.0.1 not responding."

_sshd_env_user=memlens-remote

# The PIDs of every process below $1, from /proc (no procps needed).
_sshd_env_descendants()
{
    local -A children=()
    local stat line pid ppid
    for stat in /proc/[0-9]*/stat; do
        read -r line 2>/dev/null <"$stat" || continue
        pid=${stat#/proc/}
        pid=${pid%/stat}
        # The command name in parentheses may hold spaces and parentheses: read after the last ")".
        read -r _ ppid _ <<<"${line##*) }"
        children[$ppid]+=" $pid"
    done
    local -a queue=("$1")
    while [ "${#queue[@]}" -gt 0 ]; do
        pid=${queue[0]}
        queue=("${queue[@]:1}")
        for line in ${children[$pid]:-}; do
            echo "$line"
            queue+=("$line")
        done
    done
}

# The PIDs of the processes running as user id $1.
_sshd_env_processes_of()
{
    local status uid pid
    for status in /proc/[0-9]*/status; do
        uid=$(awk '$1 == "Uid:" { print $2; exit }' "$status" 2>/dev/null) || continue
        [ "$uid" = "$1" ] && { pid=${status#/proc/}; echo "${pid%/status}"; }
    done
    return 0
}

# True while process $1 exists and is not a zombie.
_sshd_env_alive()
{
    local line
    read -r line 2>/dev/null <"/proc/$1/stat" || return 1
    read -r line _ <<<"${line##*) }"
    [ "$line" != Z ]
}

sshd_env_start()
{
    if [ "$(id -u)" -ne 0 ]; then
        echo "sshd-env: must run as root (adds a user, starts sshd)" >&2
        return 1
    fi
    if [ -n "${SSHD_ENV_DIR:-}" ]; then
        echo "sshd-env: already started ($SSHD_ENV_DIR)" >&2
        return 1
    fi
    local dir
    dir=$(mktemp -d /tmp/memlens-sshd.XXXXXX) || return 1
    SSHD_ENV_DIR=$dir
    export SSHD_ENV_DIR

    # sshd's privilege separation directory; in a container nothing made it at boot.
    if [ ! -d /run/sshd ]; then
        mkdir -p /run/sshd && chmod 0755 /run/sshd && touch "$dir/made-run-sshd" || return 1
    fi

    if ! getent passwd "$_sshd_env_user" >/dev/null; then
        useradd --create-home --shell /bin/bash --comment "MemLens remote test" "$_sshd_env_user" || return 1
    fi
    # useradd leaves the password "!", a locked account, and without PAM sshd refuses a locked
    # account even a key. "*" matches no password and is not locked.
    usermod --password '*' "$_sshd_env_user" || return 1
    local home group
    home=$(getent passwd "$_sshd_env_user" | cut -d: -f6)
    group=$(id -gn "$_sshd_env_user")

    ssh-keygen -q -t ed25519 -N '' -C memlens-test-client -f "$dir/client_key" || return 1
    ssh-keygen -q -t ed25519 -N '' -C memlens-test-host -f "$dir/host_key" || return 1
    # StrictModes yes: sshd checks these are the user's and not writable by others.
    install -d -m 0700 -o "$_sshd_env_user" -g "$group" "$home/.ssh" || return 1
    install -m 0600 -o "$_sshd_env_user" -g "$group" "$dir/client_key.pub" "$home/.ssh/authorized_keys" || return 1

    # A free port: try one, and another if sshd cannot bind it (nothing between a check and the
    # bind could keep it free anyway).
    local port
    for _ in $(seq 20); do
        port=$((20000 + RANDOM % 40000))
        cat >"$dir/sshd_config" <<EOF
ListenAddress 127.0.0.1
Port $port
HostKey $dir/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile .ssh/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes yes
AllowUsers $_sshd_env_user
PermitRootLogin no
X11Forwarding no
AllowTcpForwarding no
PrintMotd no
PrintLastLog no
LogLevel VERBOSE
EOF
        : >"$dir/sshd.log"
        /usr/sbin/sshd -D -e -f "$dir/sshd_config" </dev/null >>"$dir/sshd.log" 2>&1 &
        SSHD_ENV_PID=$!
        local tries=0
        while ! grep -q "Server listening on 127.0.0.1 port $port" "$dir/sshd.log"; do
            if ! _sshd_env_alive "$SSHD_ENV_PID" || [ $((tries += 1)) -gt 100 ]; then
                break
            fi
            sleep 0.05
        done
        grep -q "Server listening on 127.0.0.1 port $port" "$dir/sshd.log" && break
        kill "$SSHD_ENV_PID" 2>/dev/null || true
        wait "$SSHD_ENV_PID" 2>/dev/null || true
        unset SSHD_ENV_PID
        grep -q "Address already in use" "$dir/sshd.log" || break
    done
    if [ -z "${SSHD_ENV_PID:-}" ]; then
        echo "sshd-env: sshd did not start:" >&2
        cat "$dir/sshd.log" >&2
        sshd_env_stop
        return 1
    fi

    echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$dir/host_key.pub")" >"$dir/known_hosts"
    cat >"$dir/ssh_config" <<EOF
Host memlens-test 127.0.0.1
    HostName 127.0.0.1
    Port $port
    User $_sshd_env_user
    IdentityFile $dir/client_key
    IdentitiesOnly yes
    UserKnownHostsFile $dir/known_hosts
    GlobalKnownHostsFile /dev/null
    StrictHostKeyChecking yes
    UpdateHostKeys no
EOF
    mkdir "$dir/bin"
    printf '#!/bin/sh\nexec /usr/bin/ssh -F %s "$@"\n' "$dir/ssh_config" >"$dir/bin/ssh"
    chmod 0755 "$dir/bin/ssh"

    SSHD_ENV_PORT=$port
    SSHD_ENV_USER=$_sshd_env_user
    SSHD_ENV_SSH_CONFIG=$dir/ssh_config
    SSHD_ENV_BIN_DIR=$dir/bin
    export SSHD_ENV_PORT SSHD_ENV_USER SSHD_ENV_PID SSHD_ENV_SSH_CONFIG SSHD_ENV_BIN_DIR

    # Fail here, with sshd's own account of why, rather than in the first test.
    if ! /usr/bin/ssh -F "$dir/ssh_config" -o BatchMode=yes memlens-test true </dev/null; then
        echo "sshd-env: cannot log in to the test sshd:" >&2
        cat "$dir/sshd.log" >&2
        sshd_env_stop
        return 1
    fi
}

sshd_env_stop()
{
    # Safe under set -e and set -u, and a second time: it runs from EXIT traps.
    local uid pids='' pid left
    uid=$(id -u "$_sshd_env_user" 2>/dev/null) || uid=
    # The whole tree first: once the listener is gone its children belong to init and cannot be
    # told from anyone else's sshd by ancestry.
    if [ -n "${SSHD_ENV_PID:-}" ]; then
        pids="$SSHD_ENV_PID $(_sshd_env_descendants "$SSHD_ENV_PID")"
    fi
    if [ -n "$uid" ]; then
        pids="$pids $(_sshd_env_processes_of "$uid")"
    fi
    for pid in $pids; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    if [ -n "${SSHD_ENV_PID:-}" ]; then
        wait "$SSHD_ENV_PID" 2>/dev/null || true
    fi
    for _ in $(seq 50); do
        left=
        for pid in $pids; do
            if _sshd_env_alive "$pid"; then left="$left $pid"; fi
        done
        pids=$left
        [ -z "$pids" ] && break
        sleep 0.1
    done
    for pid in $pids; do
        kill -KILL "$pid" 2>/dev/null || true
    done

    if [ -n "$uid" ]; then
        # userdel refuses while a process of the user is still being torn down.
        for _ in $(seq 50); do
            userdel --remove "$_sshd_env_user" 2>/dev/null || true
            getent passwd "$_sshd_env_user" >/dev/null || break
            sleep 0.1
        done
        if getent passwd "$_sshd_env_user" >/dev/null; then
            echo "sshd-env: could not remove user $_sshd_env_user" >&2
        fi
    fi
    if [ -n "${SSHD_ENV_DIR:-}" ]; then
        if [ -e "$SSHD_ENV_DIR/made-run-sshd" ]; then
            rmdir /run/sshd 2>/dev/null || true
        fi
        rm -rf "$SSHD_ENV_DIR"
    fi
    unset SSHD_ENV_PORT SSHD_ENV_USER SSHD_ENV_PID SSHD_ENV_SSH_CONFIG SSHD_ENV_BIN_DIR SSHD_ENV_DIR
    return 0
}
