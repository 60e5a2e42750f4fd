#!/usr/bin/env bash
# Drives `gapgraph shell` as a person would, in a detached tmux session: types a query over
# two lines, switches to JSON, makes a mistake, fixes it from the history with Up and the
# arrow keys, abandons a line with Ctrl-C, quits, starts the shell again, recalls the last
# statement of the first session with Up, abandons it and leaves with Ctrl-D. After each
# step it reads the screen (tmux capture-pane) and checks what a person would see there.
#
# Usage: scripts/shell-under-tmux.sh [path/to/gapgraph]   (default: .build/debug/gapgraph)
# Prints one "ok - …" line per check; exits 0 when all passed, 1 when one failed (with the
# screen as it was), 77 when tmux is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v tmux >/dev/null 2>&1 || { echo "skip: tmux is not installed (apt-get install tmux)"; exit 77; }
gapgraph="${1:-.build/debug/gapgraph}"
[ -x "$gapgraph" ] || { echo "no gapgraph executable at $gapgraph; run swift build first" >&2; exit 2; }
gapgraph="$(cd "$(dirname "$gapgraph")" && pwd)/$(basename "$gapgraph")"

# A server of our own (its own socket) so that no one else's tmux is touched, and a history of our own.
socket="gapgraph-shell-test-$$"
state="$(mktemp -d)"
t() { tmux -L "$socket" "$@"; }
# The server and the shell are ours: stop them by their ids, and forcibly if they were
# started with signals blocked (as children of some test runners are) and ignore kill-server.
cleanup() {
    local pids
    pids="$(t list-panes -a -F '#{pid} #{pane_pid}' 2>/dev/null || true)"
    t kill-server >/dev/null 2>&1 || true
    sleep 0.2
    for pid in $pids; do kill -KILL "$pid" 2>/dev/null || true; done
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"
    rm -rf "$state"
}
trap cleanup EXIT

screen() { t capture-pane -p -J -S -200 -t shell; }
# Whether the screen shows a line with the text; -x: a line that is exactly the text.
# The screen is read whole first: grep -q stopping early must not fail the pipeline.
shows() {
    local flags="-qF" text
    if [ "$1" = "-x" ]; then flags="-qxF"; shift; fi
    text="$(screen)"
    grep $flags -- "$1" <<<"$text"
}
checks=0
ok() { checks=$((checks + 1)); echo "ok - $1"; }
fail() {
    echo "not ok - $1"
    echo "---- the screen was:"
    screen || true
    echo "---- the shell's process:"
    local pid
    pid="$(t display-message -p -t shell '#{pane_pid} #{pane_dead} #{pane_dead_status}' 2>/dev/null || true)"
    echo "pane: $pid"
    ps -o pid,ppid,stat,wchan:24,args -p "${pid%% *}" --ppid "${pid%% *}" 2>/dev/null || true
    echo "----"
    exit 1
}

# Waits until the screen shows the text (fixed string), or fails after the timeout in seconds.
wait_for() {
    local text="$1" seconds="${2:-60}" what="${3:-the screen shows: $1}"
    local tries=$((seconds * 5))
    for _ in $(seq "$tries"); do
        if shows "$text"; then ok "$what"; return; fi
        sleep 0.2
    done
    fail "$what (waited ${seconds}s)"
}

# How many lines of the screen hold the text; -x: are exactly the text.
count() {
    local flags="-cF" text
    if [ "$1" = "-x" ]; then flags="-cxF"; shift; fi
    text="$(screen)"
    grep $flags -- "$1" <<<"$text" || true
}

# Types text literally; tmux would take an argument's trailing ; for the end of its command.
type_text() {
    local text="$1"
    if [[ "$text" == *";" ]]; then
        t send-keys -t shell -l "${text%;}"
        t send-keys -t shell -l '\;'
    else
        t send-keys -t shell -l "$text"
    fi
}
press() { t send-keys -t shell "$@"; }
last_prompt() { local text; text="$(screen)"; grep -F 'gapgraph>' <<<"$text" | tail -n 1 | sed 's/ *$//'; }

# Waits until the command succeeds (the screen needs a moment to change after a key), then
# counts the check as passed; fails it after a minute (a machine busy with builds is slow).
check() {
    local what="$1"
    shift
    for _ in $(seq 300); do
        if "$@"; then ok "$what"; return; fi
        sleep 0.2
    done
    fail "$what"
}
prompt_is() { [ "$(last_prompt)" = "$1" ]; }
more_prompts_than() { [ "$(count "gapgraph>")" -gt "$1" ]; }
# The shell's exit code as the wrapper below wrote it for session $1: a shell script reaps its
# child itself, where tmux's own #{pane_dead_status} needs a SIGCHLD that a caller may block.
session_exited_with() { [ -f "$state/exit-$1" ] && [ "$(cat "$state/exit-$1")" = "$2" ]; }
two_line_query_recalled() {
    [ "$(count -x "     ...> RETURN l.name AS law ORDER BY law;")" = 2 ] && prompt_is "gapgraph> MATCH (l:Law)"
}

# Waits for an empty prompt: the shell reads keys in raw mode only while it shows one, and a
# Ctrl-D typed before it would reach the terminal's own line discipline instead.
wait_prompt() {
    for _ in $(seq 300); do
        [ "$(last_prompt)" = "gapgraph>" ] && return
        sleep 0.2
    done
    fail "a fresh prompt appears (waited 60s)"
}

# The shell under a wrapper that records its exit code (session 1, then 2).
cat >"$state/run-shell" <<WRAPPER
#!/bin/sh
"$gapgraph" shell
echo \$? >"$state/exit-\$1"
WRAPPER
chmod +x "$state/run-shell"
# The error check wants colour, whatever NO_COLOR the caller has.
launch="env -u NO_COLOR XDG_STATE_HOME='$state' GAPGRAPH_CACHE='$state/cache' TERM=xterm-256color '$state/run-shell'"
t -f /dev/null new-session -d -s shell -x 120 -y 60 "$launch 1" \; set-option -g remain-on-exit on

wait_for "gapgraph> " 90 "the shell starts and shows its prompt"
wait_for "End statements with ; — :help lists the commands." 60 "a banner says how statements end"

type_text "MATCH (l:Law)"; press Enter
wait_for "     ...> " 60 "Enter before the ; continues the statement on a second line"
type_text "RETURN l.name AS law ORDER BY law;"; press Enter
wait_for "3 rows" 60 "the two-line query runs when the ; ends it"
shows "| 'Law 2: Asynchronous Reality' |" && ok "its table shows the laws" || fail "its table shows the laws"

wait_prompt
type_text ":format json"; press Enter
wait_for "Rows are now printed as json." 60 ":format json is confirmed"

wait_prompt
prompts=$(count "gapgraph>")
type_text "MATCH (p:Pattern RETURN count(p) AS patterns;"; press Enter
wait_for "expected ')'" 60 "a query with an error prints what was expected"
shows -x "  MATCH (p:Pattern RETURN count(p) AS patterns" && shows -x "                   ^" \
    && ok "the caret stands under the token that is wrong" || fail "the caret stands under the token that is wrong"
coloured="$(t capture-pane -p -e -t shell)"
grep -qF $'\e[31mSyntaxError (UnexpectedSyntax, compile time)' <<<"$coloured" \
    && ok "the error is red on the terminal" || fail "the error is red on the terminal"
check "after the error the shell prompts again" more_prompts_than "$prompts"

wait_prompt
press Up
check "Up brings back the query with the error" prompt_is "gapgraph> MATCH (p:Pattern RETURN count(p) AS patterns;"
# The cursor is at the end; 29 steps left stand it just after "Pattern".
for _ in $(seq 29); do press Left; done
type_text ")"
press Enter
wait_for '[{"patterns": 11}]' 60 "fixed with the arrow keys, the query runs and prints JSON"

wait_prompt
press Up Up Up Up
check "Up four times brings back the two-line query, both lines" two_line_query_recalled
press Enter
wait_for '{"law": "Law 2: Asynchronous Reality"}' 60 "run again, the two-line query prints JSON now"

wait_prompt
type_text "RETURN 'abandoned' AS x"
press C-c
wait_for "RETURN 'abandoned' AS x^C" 60 "Ctrl-C abandons the line"
wait_prompt
shows '"x": "abandoned"' && fail "the abandoned line did not run" || ok "the abandoned line did not run"

wait_prompt
type_text ":quit"; press Enter
check ":quit ends the shell with exit code 0" session_exited_with 1 0

history="$state/gapgraph/history"
[ -f "$history" ] && ok "the history was written under XDG_STATE_HOME" || fail "the history was written under XDG_STATE_HOME"
[ "$(tail -n 1 "$history")" = 'MATCH (l:Law)\nRETURN l.name AS law ORDER BY law;' ] && ! grep -qxF ":quit" "$history" \
    && ok "the history ends with the two-line query, and holds no :quit" || fail "the history ends with the two-line query (it holds: $(cat "$history"))"

t respawn-pane -k -t shell "$launch 2"
t clear-history -t shell
wait_for "gapgraph> " 90 "the shell starts again"
wait_prompt
press Up
check "in the new session Up recalls the last statement of the old one" shows -x "     ...> RETURN l.name AS law ORDER BY law;"
press C-c
wait_prompt
press C-d
check "Ctrl-D on an empty line ends the shell with exit code 0" session_exited_with 2 0

echo "all $checks checks passed"
