#!/usr/bin/env bash
# run-ceiling.sh: Botwright's own ceiling, on a lean load path: wrk (C, epoll) replays
# pre-signed deliveries with unique delivery ids, and bench/FakeGitHub.java (JDK HttpServer,
# no checks) plays GitHub. Starts both and the bot once, then measures each point of POINTS:
# warm-up, a timed wrk run, then the wait until every comment reached the fake GitHub.
# Everything stays on 127.0.0.1; every phase is bounded in time; only our own PIDs are stopped.
#
# Env (defaults in brackets):
#   POINTS ["64 200 - 10 2500"]  lines "concurrency installations payload seconds [rate]"; payload
#           "-" is the harness's issues.opened.json, else a template file (bench/make-payloads.sh);
#           rate = offered deliveries/s (wrk's delay() paces each connection); 0 or none = flood,
#           which fills the dispatch queue (10,000) and then gets 503s
#   A point's e2e events/s = comments / (wrk time + drain); "refused503" = queue-full answers.
#   WARMUP_S [5] per point, skipped when installations > 1000 (their first token mints are the point)
#   WRK_THREADS [1]  E2E_TIMEOUT_S [60]  OUT [/tmp/botwright-bench/ceiling-<time>]
#   BOT_PORT [3000]  GH_PORT [3002]  BOT_JVM_FLAGS, BOT_ENV, BENCH_HARNESS, BOT_JAR: bench/env.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bench_check
bench_key
bench_startup_cache
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 2; fi
fi
POINTS="${POINTS:-64 200 - 10 2500}"
WARMUP_S="${WARMUP_S:-5}" WRK_THREADS="${WRK_THREADS:-1}" E2E_TIMEOUT_S="${E2E_TIMEOUT_S:-60}"
BOT_PORT="${BOT_PORT:-3000}" GH_PORT="${GH_PORT:-3002}"
OUT="${OUT:-/tmp/botwright-bench/ceiling-$(date +%Y%m%d-%H%M%S)}"
SECRET=bench-secret
mkdir -p "$OUT"
TICK=$(getconf CLK_TCK)

GH_PID="" BOT_PID=""
stop_pid() { local pid="$1"; [ -n "$pid" ] || return 0; kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done; kill -9 "$pid" 2>/dev/null || true; }
trap 'stop_pid "$BOT_PID"; stop_pid "$GH_PID"' EXIT
cpu_s() { awk -v t="$TICK" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / t }' "/proc/$1/stat"; }
wait_url() { for _ in $(seq 1 "$2"); do curl -s -o /dev/null --max-time 1 "$1" && return 0; sleep 0.05; done
  echo "no answer from $1" >&2; return 1; }
stats() { curl -s --max-time 2 "http://127.0.0.1:$GH_PORT/stats"; }
comments() { stats | sed -E 's/.*"comments":([0-9]+).*/\1/'; }
drain() { # wait until the fake GitHub saw $1 comments; prints the time that took (s)
  local want="$1" t0 deadline; t0=$(date +%s%N); deadline=$(( $(date +%s) + E2E_TIMEOUT_S ))
  while [ "$(comments)" -lt "$want" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.02; done
  awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }

# nodelay: the JDK server writes headers and body apart; with Nagle each answer waits ~40 ms
java -Dsun.net.httpserver.nodelay=true -XX:TieredStopAtLevel=1 -Xmx64m "$REPO/bench/FakeGitHub.java" "$GH_PORT" 1800 >>"$OUT/fake-github.log" 2>&1 &
GH_PID=$!
wait_url "http://127.0.0.1:$GH_PORT/stats" 400
t0=$(date +%s%N)
(cd "$REPO" && exec env $BOT_ENV APP_ID=12345 PRIVATE_KEY_PATH="$PRIVATE_KEY_PATH" WEBHOOK_SECRET="$SECRET" \
  PORT="$BOT_PORT" HOST=127.0.0.1 GITHUB_API_URL="http://127.0.0.1:$GH_PORT" \
  "$BOT_JAVA" $BOT_JVM_FLAGS ${BOT_EXTRA_FLAGS:-} -jar "$BOT_JAR") >>"$OUT/botwright.log" 2>&1 &
BOT_PID=$!
wait_url "http://127.0.0.1:$BOT_PORT/health" 2400
echo "bot pid $BOT_PID ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms; flags: $BOT_JVM_FLAGS ${BOT_EXTRA_FLAGS:-}" >&2

run=0
while read -r C K PAYLOAD DUR RATE; do
  [ -n "${C:-}" ] || continue
  run=$((run + 1))
  template="$BENCH_HARNESS/payloads/issues.opened.json"; [ "$PAYLOAD" = - ] || template="$PAYLOAD"
  deliveries="$OUT/deliveries-$K-$(basename "$template").txt"
  [ -f "$deliveries" ] || node "$REPO/bench/make-deliveries.mjs" --template "$template" --k "$K" \
    --base $((100000 + run * 100000)) --secret "$SECRET" --out "$deliveries"
  T=$(( C < WRK_THREADS ? C : WRK_THREADS ))
  wrkrun() { # $1 seconds, $2 run id, $3 result file
    DELIVERIES="$deliveries" RUN_ID="$2" RESULT="$3" timeout $(( $1 + 30 )) wrk -t "$T" -c "$C" -d "${1}s" \
      --timeout 10s -s "$REPO/bench/wrk-webhooks.lua" "http://127.0.0.1:$BOT_PORT/api/github/webhooks" >/dev/null
  }
  before=$(comments)
  if [ "$WARMUP_S" -gt 0 ] && [ "$K" -le 1000 ]; then # many installations: keep their first mints cold
    wrkrun "$WARMUP_S" "warm$run-$$" "$OUT/warm.json"
    drain $(( before + $(sed -E 's/.*"requests":([0-9]+).*/\1/' "$OUT/warm.json") \
      - $(sed -E 's/.*"non2xx":([0-9]+).*/\1/' "$OUT/warm.json") )) >/dev/null
  fi
  base=$(comments); bot0=$(cpu_s "$BOT_PID"); gh0=$(cpu_s "$GH_PID"); w0=$(date +%s%N)
  CONNECTIONS="$C" RATE="${RATE:-0}" DELIVERIES="$deliveries" RUN_ID="run$run-$$" RESULT="$OUT/point-$run.json" timeout $(( DUR + 30 )) \
    wrk -t "$T" -c "$C" -d "${DUR}s" --timeout 10s -s "$REPO/bench/wrk-webhooks.lua" \
    "http://127.0.0.1:$BOT_PORT/api/github/webhooks" >/dev/null &
  WRK_PID=$!
  wrk_cpu=0
  while kill -0 "$WRK_PID" 2>/dev/null; do # timeout runs wrk as its child
    child=$(pgrep -P "$WRK_PID" wrk || true)
    [ -z "$child" ] || wrk_cpu=$(cpu_s "$child" 2>/dev/null || echo "$wrk_cpu"); sleep 0.1; done
  wait "$WRK_PID"
  sent=$(sed -E 's/.*"requests":([0-9]+).*/\1/' "$OUT/point-$run.json")
  refused=$(sed -E 's/.*"non2xx":([0-9]+).*/\1/' "$OUT/point-$run.json")  # 503: queue full
  drain $(( base + sent - refused )) >/dev/null
  w1=$(date +%s%N); bot1=$(cpu_s "$BOT_PID"); gh1=$(cpu_s "$GH_PID")
  done_n=$(( $(comments) - base ))
  rss=$(awk '/^VmHWM:/ {printf "%.0f", $2/1024}' "/proc/$BOT_PID/status")
  node -e '
    const [r, c, k, p, done, w0, w1, b0, b1, g0, g1, wc, rss] = process.argv.slice(1);
    const x = JSON.parse(require("fs").readFileSync(r, "utf8"));
    const e2eS = (w1 - w0) / 1e9, botCpu = b1 - b0;
    const o = { c: +c, k: +k, payload: p, sent: x.requests, refused503: x.non2xx, comments: +done, ackPerSec: +(x.requests / x.seconds).toFixed(0),
      e2ePerSec: +(done / e2eS).toFixed(0), ackMs: { p50: x.p50ms, p90: x.p90ms, p99: x.p99ms, max: x.maxms },
      botCpuS: +botCpu.toFixed(2), eventsPerBotCpuS: +(done / botCpu).toFixed(0),
      botCpuPct: +(100 * botCpu / e2eS).toFixed(0), fakeGithubCpuPct: +(100 * (g1 - g0) / e2eS).toFixed(0),
      wrkCpuPct: +(100 * wc / x.seconds).toFixed(0), botPeakRssMb: +rss };
    console.log(JSON.stringify(o));' "$OUT/point-$run.json" "$C" "$K" "$(basename "$template")" "$done_n" \
    "$w0" "$w1" "$bot0" "$bot1" "$gh0" "$gh1" "$wrk_cpu" "$rss" | tee -a "$OUT/ceiling.jsonl"
done <<<"$POINTS"
echo "== $OUT/ceiling.jsonl" >&2
