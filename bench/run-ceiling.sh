#!/usr/bin/env bash
# run-ceiling.sh: a bot's ceiling on a lean load path: wrk (C, epoll) replays pre-signed
# deliveries with unique delivery ids, and bench/FakeGitHub.java (JDK HttpServer, cheap checks)
# plays GitHub. Starts both and the bot once, then measures each point of POINTS: warm-up, a
# timed wrk run, then the wait until every comment reached the fake GitHub. The bot is Botwright
# (the sample bot jar) unless BOT_CMD says otherwise; bench/run-lean-side-by-side.sh runs it for
# Botwright and Probot in turn.
# Everything stays on 127.0.0.1; every phase is bounded in time; only our own PIDs are stopped.
#
# Env (defaults in brackets):
#   POINTS ["64 200 - 10 2500"]  lines "concurrency installations payload seconds [rate]"; payload
#           "-" is the harness's issues.opened.json, else a template file (bench/make-payloads.sh);
#           rate = offered deliveries/s (bench/wrk-webhooks.lua's delay() keeps a timetable, so a
#           slower bot is offered the same rate); 0 or none = flood, which fills Botwright's
#           dispatch queue (10,000) and then gets 503s
#   A point's e2e events/s = comments / (wrk time + drain); "refused503" = wrk's answers with a
#   status >= 400 (Botwright: queue full); "socketErrors" = connect/read/write errors + timeouts.
#   WARMUP_S [5] seconds of flood before each point, skipped when installations > 1000 (their
#           first token mints are the point); FIRST_WARMUP_S [WARMUP_S] before the first point
#           (the fresh bot's JIT warm-up). Each line records its warm-up (warmupS, warmupSent) and
#           the seconds of load the bot had before its timed part (loadBeforeS).
#   GH_MAX_S [1800] the fake GitHub's lifetime in seconds
#   WRK_THREADS [1]  E2E_TIMEOUT_S [60]  OUT [/tmp/botwright-bench/ceiling-<time>]
#   BOT_PORT [3000]  GH_PORT [3002]  BOT_JVM_FLAGS, BOT_ENV, BENCH_HARNESS, BOT_JAR: bench/env.sh
# The bot under test (the harness's run-scenarios.sh contract; defaults are Botwright's):
#   BOT_NAME [botwright]  BOT_CMD [env $BOT_ENV $BOT_JAVA $BOT_JVM_FLAGS $BOT_EXTRA_FLAGS -jar $BOT_JAR]
#   BOT_CWD [repo root]   BOT_READY_URL [http://127.0.0.1:$BOT_PORT/health]
#   BOT_WEBHOOK_URL [http://127.0.0.1:$BOT_PORT/api/github/webhooks]   LABEL [] (tags each line)
#   BOT_CMD runs as bash -c "exec $BOT_CMD" (the measured PID is the bot itself) with APP_ID,
#   PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, HOST=127.0.0.1, GITHUB_API_URL and, for Probot,
#   GHE_HOST=127.0.0.1:$GH_PORT and GHE_PROTOCOL=http in its environment.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
if [ -z "${BOT_CMD:-}" ]; then # Botwright: the jar, its key and its start-up cache
  bench_check
  bench_key
  bench_startup_cache
  BOT_CMD="env $BOT_ENV $BOT_JAVA $BOT_JVM_FLAGS ${BOT_EXTRA_FLAGS:-} -jar $BOT_JAR"
else
  bench_check_harness
  bench_key
fi
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 2; fi
fi
POINTS="${POINTS:-64 200 - 10 2500}"
WARMUP_S="${WARMUP_S:-5}" FIRST_WARMUP_S="${FIRST_WARMUP_S:-${WARMUP_S:-5}}" WRK_THREADS="${WRK_THREADS:-1}" E2E_TIMEOUT_S="${E2E_TIMEOUT_S:-60}"
BOT_PORT="${BOT_PORT:-3000}" GH_PORT="${GH_PORT:-3002}"
BOT_NAME="${BOT_NAME:-botwright}" BOT_CWD="${BOT_CWD:-$REPO}" LABEL="${LABEL:-}"
BOT_READY_URL="${BOT_READY_URL:-http://127.0.0.1:$BOT_PORT/health}"
BOT_WEBHOOK_URL="${BOT_WEBHOOK_URL:-http://127.0.0.1:$BOT_PORT/api/github/webhooks}"
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
gh_stat() { stats | sed -E "s/.*\"$1\":([0-9]+).*/\\1/"; }  # one counter of the fake GitHub
comments() { gh_stat comments; }
busy() { curl -s -o /dev/null --max-time 0.5 "http://127.0.0.1:$1/"; }  # something answers there
drain() { # wait until the fake GitHub saw $1 comments; prints the time that took (s)
  local want="$1" t0 deadline; t0=$(date +%s%N); deadline=$(( $(date +%s) + E2E_TIMEOUT_S ))
  while [ "$(comments)" -lt "$want" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.02; done
  awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }

for port in "$GH_PORT" "$BOT_PORT"; do # another run still on our ports would be measured instead
  if busy "$port"; then echo "port $port is in use (another run?); set BOT_PORT/GH_PORT" >&2; exit 2; fi
done
# nodelay: the JDK server writes headers and body apart; with Nagle each answer waits ~40 ms
# The comment answer a typed handler reads: the fields GitHub's REST description says it always
# has (framework/core's rest-answers.json, from codegen), placeholders as given, nullable ones null.
node -e '
  const shapes = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const fill = (v) => Array.isArray(v) ? [] : v && typeof v === "object"
    ? (Object.keys(v).length === 1 && "$null-or" in v ? null
      : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]))) : v;
  const answer = fill(shapes["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"]);
  process.stdout.write(JSON.stringify({ ...answer, body: "ok" }));
' "$REPO/framework/core/src/main/resources/dev/botwright/internal/client/rest-answers.json" >"$OUT/comment.json"
java -Dsun.net.httpserver.nodelay=true -XX:TieredStopAtLevel=1 -Xmx64m "$REPO/bench/FakeGitHub.java" "$GH_PORT" "${GH_MAX_S:-1800}" "$OUT/comment.json" >>"$OUT/fake-github.log" 2>&1 &
GH_PID=$!
wait_url "http://127.0.0.1:$GH_PORT/stats" 400
export APP_ID=12345 PRIVATE_KEY_PATH WEBHOOK_SECRET="$SECRET" PORT="$BOT_PORT" HOST=127.0.0.1 \
  GITHUB_API_URL="http://127.0.0.1:$GH_PORT" GHE_HOST="127.0.0.1:$GH_PORT" GHE_PROTOCOL=http
t0=$(date +%s%N)
(cd "$BOT_CWD" && exec bash -c "exec $BOT_CMD") >>"$OUT/$BOT_NAME.log" 2>&1 &
BOT_PID=$!
deadline=$(( $(date +%s) + 120 ))
until curl -s -o /dev/null --max-time 1 "$BOT_READY_URL"; do # any answer counts as ready
  kill -0 "$BOT_PID" 2>/dev/null || { echo "$BOT_NAME exited at start; see $OUT/$BOT_NAME.log" >&2; exit 1; }
  [ "$(date +%s)" -lt "$deadline" ] || { echo "$BOT_NAME not ready after 120 s" >&2; exit 1; }
  sleep 0.02
done
READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "$BOT_NAME pid $BOT_PID ready in $READY_MS ms: $BOT_CMD" >&2

run=0 load_s=0
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
      --timeout 10s -s "$REPO/bench/wrk-webhooks.lua" "$BOT_WEBHOOK_URL" >/dev/null
  }
  before=$(comments) warmed=0 warm_sent=0 warm_s="$WARMUP_S"
  [ "$run" -gt 1 ] || warm_s="$FIRST_WARMUP_S"
  if [ "$warm_s" -gt 0 ] && [ "$K" -le 1000 ]; then # many installations: keep their first mints cold
    wrkrun "$warm_s" "warm$run-$$" "$OUT/warm.json"
    warm_sent=$(sed -E 's/.*"requests":([0-9]+).*/\1/' "$OUT/warm.json")
    drain $(( before + warm_sent - $(sed -E 's/.*"non2xx":([0-9]+).*/\1/' "$OUT/warm.json") )) >/dev/null
    warmed="$warm_s" load_s=$(( load_s + warm_s ))
  fi
  base=$(comments); mints0=$(gh_stat mints); unauth0=$(gh_stat unauthorized); other0=$(gh_stat other)
  bot0=$(cpu_s "$BOT_PID"); gh0=$(cpu_s "$GH_PID"); w0=$(date +%s%N)
  THREADS="$T" RATE="${RATE:-0}" DELIVERIES="$deliveries" RUN_ID="run$run-$$" RESULT="$OUT/point-$run.json" timeout $(( DUR + 30 )) \
    wrk -t "$T" -c "$C" -d "${DUR}s" --timeout 10s -s "$REPO/bench/wrk-webhooks.lua" \
    "$BOT_WEBHOOK_URL" >/dev/null &
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
  mints=$(( $(gh_stat mints) - mints0 )) mints_all=$(gh_stat mints)
  unauth=$(( $(gh_stat unauthorized) - unauth0 )) other=$(( $(gh_stat other) - other0 ))
  kill -0 "$BOT_PID" 2>/dev/null || { echo "the bot exited during the point; see $OUT/$BOT_NAME.log" >&2; exit 1; }
  rss=$(awk '/^VmHWM:/ {printf "%.0f", $2/1024}' "/proc/$BOT_PID/status")
  node -e '
    const [r, c, k, p, done, w0, w1, b0, b1, g0, g1, wc, rss, bot, label, rate, warm, ready,
      mints, mintsAll, unauth, other, warmSent, loadBefore] = process.argv.slice(1);
    const x = JSON.parse(require("fs").readFileSync(r, "utf8"));
    const e2eS = (w1 - w0) / 1e9, botCpu = b1 - b0;
    const o = { bot, label, c: +c, k: +k, payload: p, rate: +rate, warmupS: +warm,
      warmupSent: +warmSent, loadBeforeS: +loadBefore, readyMs: +ready,
      sent: x.requests, refused503: x.non2xx,
      socketErrors: x.connectErrors + (x.readErrors || 0) + (x.writeErrors || 0) + x.timeouts,
      comments: +done, mints: +mints, mintsTotal: +mintsAll, github401: +unauth, github404: +other,
      ackPerSec: +(x.requests / x.seconds).toFixed(0),
      e2ePerSec: +(done / e2eS).toFixed(0), ackMs: { p50: x.p50ms, p90: x.p90ms, p99: x.p99ms, max: x.maxms },
      botCpuS: +botCpu.toFixed(2), eventsPerBotCpuS: +(done / botCpu).toFixed(0),
      botCpuPct: +(100 * botCpu / e2eS).toFixed(0), fakeGithubCpuPct: +(100 * (g1 - g0) / e2eS).toFixed(0),
      wrkCpuPct: +(100 * wc / x.seconds).toFixed(0), botPeakRssMb: +rss };
    console.log(JSON.stringify(o));' "$OUT/point-$run.json" "$C" "$K" "$(basename "$template")" "$done_n" \
    "$w0" "$w1" "$bot0" "$bot1" "$gh0" "$gh1" "$wrk_cpu" "$rss" "$BOT_NAME" "$LABEL" "${RATE:-0}" \
    "$warmed" "$READY_MS" "$mints" "$mints_all" "$unauth" "$other" "$warm_sent" "$load_s" \
    | tee -a "$OUT/ceiling.jsonl"
  load_s=$(( load_s + DUR ))
done <<<"$POINTS"
echo "== $OUT/ceiling.jsonl" >&2
