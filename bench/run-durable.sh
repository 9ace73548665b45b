#!/usr/bin/env bash
# run-durable.sh: ack latency and end-to-end events/s with durable delivery: one bot with the
# embedded journal (the default), and two bots sharing a Redis (REDIS_URL), each fed by its own
# loadgen at half the concurrency, as a load balancer would split the traffic. Uses the shared
# harness's fake-github.mjs and loadgen.mjs; Redis is Debian's redis-server on a free port with
# its data in $OUT. Everything stays on 127.0.0.1; every phase is bounded; only our PIDs are stopped.
#
# Env (defaults in brackets): MODES ["journal redis2"] (also "memory": the journal switched off
# with MEMORY_ENV), N [4000] measured deliveries per mode, C [16] total concurrency, K [200]
# installations, WARMUP_N [1000], E2E_TIMEOUT_S [60], MEMORY_ENV [BOTWRIGHT_JOURNAL_ENABLED=false],
# OUT [/tmp/botwright-bench/durable-<time>], BOT_PORT [3000] (second bot: +1), GH_PORT [3002],
# REDIS_PORT [6390]; BOT_JVM_FLAGS, BOT_ENV, BENCH_HARNESS, BOT_JAR: bench/env.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bench_check
bench_key
MODES="${MODES:-journal redis2}" N="${N:-4000}" C="${C:-16}" K="${K:-200}"
WARMUP_N="${WARMUP_N:-1000}" E2E_TIMEOUT_S="${E2E_TIMEOUT_S:-60}"
MEMORY_ENV="${MEMORY_ENV:-BOTWRIGHT_JOURNAL_ENABLED=false}"
BOT_PORT="${BOT_PORT:-3000}" GH_PORT="${GH_PORT:-3002}" REDIS_PORT="${REDIS_PORT:-6390}"
OUT="${OUT:-/tmp/botwright-bench/durable-$(date +%Y%m%d-%H%M%S)}"
SECRET=bench-secret
KEY=$(openssl rand -base64 32)
mkdir -p "$OUT"
PIDS=()
stop_pid() { local pid="$1"; kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done; kill -9 "$pid" 2>/dev/null || true; }
stop_all() { local pid; for pid in "${PIDS[@]}"; do stop_pid "$pid"; done; PIDS=(); }
trap stop_all EXIT
wait_url() { for _ in $(seq 1 "$2"); do curl -s -o /dev/null --max-time 1 "$1" && return 0; sleep 0.05; done
  echo "no answer from $1" >&2; return 1; }
comments() { curl -s --max-time 2 "http://127.0.0.1:$GH_PORT/stats?brief=1" | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);console.log(j.comments.total+" "+j.comments.lastAt)})'; }
start_bot() { # port, journal dir, extra env
  # Something already answering there (e.g. the fake GitHub) would pass for the bot's health check.
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/"; then echo "port $1 is already in use" >&2; return 1; fi
  (cd "$OUT" && exec env $BOT_ENV $3 APP_ID=12345 PRIVATE_KEY_PATH="$PRIVATE_KEY_PATH" WEBHOOK_SECRET="$SECRET" \
    PORT="$1" HOST=127.0.0.1 GITHUB_API_URL="http://127.0.0.1:$GH_PORT" BOTWRIGHT_JOURNAL_DIR="$2" \
    "$BOT_JAVA" $BOT_JVM_FLAGS -jar "$BOT_JAR") >>"$OUT/bot-$1.log" 2>&1 &
  PIDS+=($!)
  wait_url "http://127.0.0.1:$1/health" 1200
}
load() { # label, base, n, c, ports...
  local label="$1" base="$2" n="$3" c="$4"; shift 4
  local per=$(( n / $# )) pc=$(( c / $# )) port pids=()
  for port in "$@"; do
    node "$BENCH_HARNESS/loadgen.mjs" --url "http://127.0.0.1:$port/api/github/webhooks" --secret "$SECRET" \
      --github "http://127.0.0.1:$GH_PORT" --n "$per" --c "$pc" --k "$K" --installation-base "$base" \
      --no-e2e --no-reset --quiet --max-seconds 120 --label "$label-$port" >"$OUT/$label-$port.json" 2>>"$OUT/loadgen.log" &
    pids+=($!)
    base=$(( base + 100000 ))
  done
  for p in "${pids[@]}"; do wait "$p"; done
}

for mode in $MODES; do
  rm -rf "$OUT/$mode" && mkdir -p "$OUT/$mode"
  node "$BENCH_HARNESS/fake-github.mjs" --port "$GH_PORT" --app-id 12345 --app-key "$PRIVATE_KEY_PATH" \
    --max-lifetime-s 900 --quiet >>"$OUT/fake-github.log" 2>&1 &
  PIDS+=($!)
  wait_url "http://127.0.0.1:$GH_PORT/stats" 200
  ports=("$BOT_PORT")
  case "$mode" in
    memory) start_bot "$BOT_PORT" "$OUT/$mode/journal" "$MEMORY_ENV" ;;
    journal) start_bot "$BOT_PORT" "$OUT/$mode/journal" "" ;;
    redis2)
      /usr/bin/redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$OUT/$mode" --appendonly yes \
        --save "" >>"$OUT/redis.log" 2>&1 &
      PIDS+=($!)
      sleep 0.5
      ports=("$BOT_PORT" "$((BOT_PORT + 1))")
      for port in "${ports[@]}"; do
        start_bot "$port" "$OUT/$mode/journal-$port" \
          "REDIS_URL=redis://127.0.0.1:$REDIS_PORT BOTWRIGHT_TOKEN_ENCRYPTION_KEY=$KEY"
      done ;;
    *) echo "unknown mode $mode" >&2; exit 2 ;;
  esac
  load "$mode-warmup" 9000000 "$WARMUP_N" "$C" "${ports[@]}"
  sleep 2
  read -r before _ < <(comments)
  t0=$(node -e 'console.log(Date.now())')
  load "$mode" 100000 "$N" "$C" "${ports[@]}"
  files=(); for port in "${ports[@]}"; do files+=("$OUT/$mode-$port.json"); done
  accepted=$(cat "${files[@]}" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{
    let a=0; for (const l of s.trim().split("\n")) { const j=JSON.parse(l);
      for (const [k,v] of Object.entries(j.statuses)) if (k>=200&&k<300) a+=v; } console.log(a)})')
  deadline=$(( $(date +%s) + E2E_TIMEOUT_S ))
  while :; do
    read -r total last < <(comments)
    [ $(( total - before )) -ge "$accepted" ] || [ "$(date +%s)" -ge "$deadline" ] && break
    sleep 0.1
  done
  cat "${files[@]}" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{
    const [mode,done,accepted,t0,last]=process.argv.slice(1); const runs=s.trim().split("\n").map(JSON.parse);
    const e2e = done/((last-t0)/1000);
    console.log(JSON.stringify({mode, accepted:+accepted, handled:+done, e2eEventsPerSec:Math.round(e2e),
      perProcess: runs.map(r=>({label:r.label, acksPerSec:r.acksPerSec, ackMs:r.ackMs, statuses:r.statuses}))}))})' \
    "$mode" "$(( total - before ))" "$accepted" "$t0" "$last" | tee -a "$OUT/durable.jsonl"
  stop_all
  sleep 1
done
echo "results: $OUT/durable.jsonl" >&2
