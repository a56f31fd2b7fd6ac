#!/usr/bin/env bash
# Smoke test of the built bundle (Linux): run it as a service-centre PC would, with
# every per-user folder (data, log, settings) in a throw-away directory.
#
#   installer/smoke.sh [BUNDLE_DIR]      default: dist/sunshine-desk
#
# 1. --version, `demo` and `check` on a fresh store; the public copy of every print kind
#    (reportlab's fonts, charts and QR encoder from the bundle);
# 2. the desk GUI offscreen on that store (first start: the setup screen) for a few
#    seconds, the kiosk in English (its translation must load from the bundle), and
#    `screenshots` (builds every main screen with demo data);
# 3. an r0001 store (tests/fixtures) as the default store: the first GUI start backs it
#    up, migrates it and logs in; then `check` and `audit verify` pass;
# 4. fails if the log or the GUI's stderr holds a warning, an error or a traceback.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
BUNDLE=${1:-$ROOT/dist/sunshine-desk}
EXE=$BUNDLE/sunshine-desk
FIXTURE=$ROOT/tests/fixtures/store_r0001.sqlite
FIXTURE_PASSWORD=r0001-admin-pass   # see tests/fixtures/make_store_r0001.py
GUI_SECONDS=${SMOKE_GUI_SECONDS:-3}

PASSED=0
say() { echo "smoke: $*" >&2; }
ok() { PASSED=$((PASSED + 1)); say "ok: $*"; }
die() {  # the last line counts the checks, in the form CI reads
    echo "smoke: FAILED: $*" >&2
    echo "smoke: $PASSED passed, 1 failed"
    exit 1
}
[[ -x $EXE ]] || die "no bundle at $BUNDLE (build it with: python installer/build.py)"

TMP=$(mktemp -d /tmp/sunshine-smoke.XXXXXX)
cleanup() {
    local rc=$? pid
    for pid in $(jobs -p); do kill "$pid" 2>/dev/null || true; done
    if (( rc == 0 )); then rm -rf "$TMP"; else say "kept $TMP for a look"; fi
    exit "$rc"
}
trap cleanup EXIT

# Every folder platformdirs and QSettings use, inside TMP; no store from the caller.
export XDG_DATA_HOME=$TMP/data XDG_STATE_HOME=$TMP/state XDG_CONFIG_HOME=$TMP/config \
    XDG_CACHE_HOME=$TMP/cache QT_QPA_PLATFORM=offscreen
unset SUNSHINE_DB SUNSHINE_RESOURCES
LOG=$XDG_STATE_HOME/sunshine-desk/log/sunshine-desk.log
STORE=$TMP/demo.db

# run NAME ARGS... : run the bundle, output to TMP/NAME.out and .err, fail on a non-zero
# exit or when it runs longer than RUN_LIMIT seconds (a hang must fail, not stall CI).
RUN_LIMIT=${SMOKE_RUN_LIMIT:-300}
run() {
    local name=$1; shift
    if ! timeout "$RUN_LIMIT" "$EXE" "$@" >"$TMP/$name.out" 2>"$TMP/$name.err"; then
        cat "$TMP/$name.out" "$TMP/$name.err" >&2
        die "sunshine-desk $* exited non-zero"
    fi
}

# gui_for NAME SECONDS ARGS... : start a window command, let it run, check it is still
# running, then stop it. The window has been shown when MARKER (if set) is printed.
gui_for() {
    local name=$1 seconds=$2 pid waited=0; shift 2
    : >"$TMP/$name.out"  # there before the first grep, whoever runs first
    "$EXE" "$@" >>"$TMP/$name.out" 2>"$TMP/$name.err" &
    pid=$!
    if [[ -n ${MARKER:-} ]]; then
        until grep -q "$MARKER" "$TMP/$name.out"; do
            kill -0 "$pid" 2>/dev/null || { cat "$TMP/$name.err" >&2; die "$name ended before its window showed"; }
            (( waited++ < 300 )) || die "$name showed no window within 30 s"
            sleep 0.1
        done
    fi
    sleep "$seconds"
    kill -0 "$pid" 2>/dev/null || { cat "$TMP/$name.err" >&2; die "$name ended early"; }
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
}

start=$SECONDS
say "bundle $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"

run version --version
grep -q '^sunshine-desk [0-9]' "$TMP/version.out" || die "--version printed: $(cat "$TMP/version.out")"
ok "$(cat "$TMP/version.out")"

run demo --db "$STORE" demo
ok "demo: $(head -n1 "$TMP/demo.out")"
run check --db "$STORE" check
ok "check: $(tail -n1 "$TMP/check.out")"
kinds=0
for kind in $("$EXE" print --list | cut -d' ' -f1); do
    extra=()
    [[ $kind == notice-poster ]] && extra=(--column income_expense)
    run "print-$kind" --db "$STORE" print "$kind" --from "$(date -d '-3 months' +%F)" \
        --to "$(date +%F)" --public --out "$TMP/$kind.pdf" "${extra[@]}"
    [[ $(head -c 5 "$TMP/$kind.pdf") == %PDF- ]] || die "print $kind wrote no PDF"
    kinds=$((kinds + 1))
done
(( kinds >= 10 )) || die "print --list named $kinds kinds"
ok "print: the public copy of all $kinds kinds"

MARKER=main-window-shown gui_for gui "$GUI_SECONDS" --db "$STORE" gui --exit-when-shown
ok "desk GUI shown, ran ${GUI_SECONDS}s offscreen"
MARKER='' gui_for kiosk "$GUI_SECONDS" --db "$STORE" --lang en kiosk
ok "kiosk ran ${GUI_SECONDS}s offscreen (English)"
run screenshots screenshots --out "$TMP/shots"
shots=$(find "$TMP/shots" -name '*.png' | wc -l)
(( shots >= 10 )) || die "screenshots wrote $shots PNGs"
ok "screenshots: $shots screens rendered"

# An old store in the default place: the first start upgrades it, as a new release would.
DATA=$XDG_DATA_HOME/sunshine-desk
mkdir -p "$DATA"
cp "$FIXTURE" "$DATA/sunshine.db"
if ! echo "$FIXTURE_PASSWORD" | timeout 120 "$EXE" gui --login admin --password-stdin \
        --exit-when-shown >"$TMP/upgrade.out" 2>"$TMP/upgrade.err"; then
    cat "$TMP/upgrade.out" "$TMP/upgrade.err" >&2
    die "first start on the r0001 store failed"
fi
grep -q work-area-shown "$TMP/upgrade.out" || die "no work area after logging in to the upgraded store"
backups=("$DATA"/sunshine.backup-*-r0001.db)
[[ -f ${backups[0]} ]] || die "no backup of the r0001 store beside it: $(ls "$DATA")"
run upgraded-check check
run upgraded-audit audit verify
ok "r0001 store upgraded on first start (backup ${backups[0]##*/}), logged in, check and audit pass"

# Warnings and worse in the log (Qt's own messages arrive there as logger "qt") and on
# every command's stderr (before the log is set up, Qt's go there). The offscreen
# plugin's propagateSizeHints notice is the one expected line (as in the test suite).
ALLOWED='This plugin does not support propagateSizeHints\(\)|^已在升级前备份数据库：'
[[ -s $LOG ]] || die "no log written at $LOG"
bad=$( { grep -E ' (WARNING|ERROR|CRITICAL) |Traceback' "$LOG" || true; \
         cat "$TMP"/*.err; } | grep -Ev "$ALLOWED" || true)
if [[ -n $bad ]]; then
    echo "$bad" >&2
    die "warnings or errors above (log: $LOG)"
fi
ok "log and stderr clean ($((SECONDS - start)) s)"
echo "smoke: $PASSED passed, 0 failed"
