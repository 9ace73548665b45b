#!/usr/bin/env bash
# Start-to-ready and idle RSS of the packaged bot, measured like the shared harness (launch to the
# first HTTP answer on /health, VmRSS IDLE_SETTLE_S after ready), for one or more configurations
# alternated round by round (A B A B ...) so every configuration sees the same machine noise.
# Each start gets an empty journal directory; no fake GitHub is needed (nothing calls it at start).
#
# CONFIGS: one configuration a line, "label|java binary|jar|extra JVM flags"; the flags come after
#   BOT_JVM_FLAGS (bench/env.sh). Empty java = BOT_JAVA, empty jar = BOT_JAR. Default: one line
#   "default|||" with the start-up cache bench/env.sh picks for BOT_JAVA (bench_startup_cache).
# ROUNDS [7]  IDLE_SETTLE_S [2]  PORT_BASE [3190]  OUT [/tmp/botwright-startup/<time>]
# Writes $OUT/startup.tsv (label, round, ready ms, idle RSS MB, CPU ms to ready) and prints the
# medians.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
[ -f "$BOT_JAR" ] || { echo "No $BOT_JAR: build it first (see docs/performance.md)" >&2; exit 2; }
bench_key
ROUNDS="${ROUNDS:-7}"
IDLE_SETTLE_S="${IDLE_SETTLE_S:-2}"
PORT="${PORT_BASE:-3190}"
OUT="${OUT:-/tmp/botwright-startup/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
if [ -z "${CONFIGS:-}" ]; then
  bench_startup_cache
  CONFIGS="default|||"
fi

PID=""
stop_pid() { # SIGTERM our own bot, wait up to 10 s, then SIGKILL
  local pid="$1"
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
trap 'stop_pid "$PID"' EXIT

start_once() { # $1 label $2 java $3 jar $4 flags $5 round
  local label="$1" java="${2:-$BOT_JAVA}" jar="${3:-$BOT_JAR}" flags="$4" round="$5" journal t0 t1 ms rss
  journal=$(mktemp -d /tmp/botwright-startup-journal.XXXXXX)
  t0=$(date +%s%N)
  # shellcheck disable=SC2086 # BOT_ENV and the flags are word lists
  env $BOT_ENV APP_ID=1 PRIVATE_KEY_PATH="$PRIVATE_KEY_PATH" WEBHOOK_SECRET=startup PORT="$PORT" \
    HOST=127.0.0.1 GITHUB_API_URL="http://127.0.0.1:$((PORT + 1))" BOTWRIGHT_JOURNAL_DIR="$journal" \
    "$java" $BOT_JVM_FLAGS $flags -jar "$jar" >>"$OUT/$label.log" 2>&1 &
  PID=$!
  local deadline=$(($(date +%s) + 60))
  until curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/health"; do
    kill -0 "$PID" 2>/dev/null || { echo "$label exited during start-up, see $OUT/$label.log" >&2; return 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { echo "$label not ready after 60 s" >&2; return 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  ms=$(((t1 - t0) / 1000000))
  # CPU the bot spent to get there (all its threads): steadier than wall time on a busy machine
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz }' "/proc/$PID/stat")
  sleep "$IDLE_SETTLE_S"
  rss=$(awk '/^VmRSS:/ {printf "%.1f", $2/1024}' "/proc/$PID/status")
  stop_pid "$PID"
  PID=""
  rm -rf "$journal"
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$round" "$ms" "$rss" "$cpu" | tee -a "$OUT/startup.tsv" >&2
}

for round in $(seq 1 "$ROUNDS"); do
  while IFS='|' read -r label java jar flags; do
    [ -n "$label" ] || continue
    start_once "$label" "$java" "$jar" "$flags" "$round"
  done <<<"$CONFIGS"
done

echo "config	starts	median ready ms	min-max ready ms	median idle RSS MB	median CPU ms to ready"
awk -F'\t' '{ r[$1] = r[$1] " " $3; m[$1] = m[$1] " " $4; u[$1] = u[$1] " " $5; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
  function med(s,   a, k, i, j, t) { k = split(s, a, " "); for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    lo = a[1]; hi = a[k]; return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
  END { for (i = 1; i <= n; i++) { c = order[i]; k = split(r[c], x, " "); mr = med(r[c]); l = lo; h = hi; printf "%s\t%d\t%s\t%s-%s\t%s\t%s\n", c, k, mr, l, h, med(m[c]), med(u[c]) } }' \
  "$OUT/startup.tsv" | tee "$OUT/summary.tsv"
