#!/usr/bin/env bash
# run-lean-side-by-side.sh: Botwright (the sample bot jar) and Probot 14 (throttling off, the
# launcher ../shared/bench/run-probot.sh uses) on the lean load path of run-ceiling.sh (wrk +
# bench/FakeGitHub.java), alternated ROUNDS times over the same POINTS in one run, a fresh bot
# (and fake GitHub) per bot and round, the same warm-up per point for both. The Node harness
# (loadgen.mjs + fake-github.mjs) is not used, so it does not take CPU from the bots.
# Writes $OUT/ceiling.jsonl (one line per bot, round and point) and $OUT/lean-summary.md
# (bench/lean-summary.mjs: medians per bot and the Botwright/Probot ratio per metric).
# Builds nothing; installs Probot into PROBOT_WORK with npm when it is not there (as run-probot.sh).
#
# Env (defaults in brackets):
#   ROUNDS [3]   the order alternates: round 1 Botwright then Probot, round 2 Probot then Botwright...
#   POINTS ["64 200 - 10" and "64 200 - 10 1000"]  run-ceiling.sh's lines: scenario a's shape
#           (64 connections, 200 installations, the harness's 10 KB issues.opened) as a flood,
#           then paced at 1,000 deliveries/s (ack latency below the flood; on 2 shared cores
#           Probot is close to its own ceiling there, so add e.g. "64 200 - 10 500" for more room)
#   WARMUP_S [5 with -XX:TieredStopAtLevel=1 in BOT_JVM_FLAGS (C1 only), else 30: C2 needs about
#           30 s of load (docs/performance.md, the ceiling)] seconds of flood before the first point
#           of each fresh bot, the same for both bots; POINT_WARMUP_S [5] before each later point.
#           Recorded per line (warmupS, warmupSent, loadBeforeS) and in lean-summary.md
#   BOT_JVM_FLAGS [bench/env.sh's]  e.g. the default JIT: BOT_JVM_FLAGS="$(. bench/env.sh;
#           echo "${BOT_JVM_FLAGS/-XX:TieredStopAtLevel=1/}")"   BOT_ENV, BOT_JAR: bench/env.sh
#   PROBOT_WORK [/tmp/probot-bench]  PROBOT_VERSION [14.3.2]  BOT_LOG_LEVEL [warn] (Probot's)
#   BOT_PORT [3000]  GH_PORT [3002]  OUT [/tmp/botwright-bench/lean-side-by-side-<time>]
#   and what run-ceiling.sh reads (WRK_THREADS, E2E_TIMEOUT_S).
# Takes about ROUNDS * 2 * (WARMUP_S + points * seconds + (points - 1) * POINT_WARMUP_S + drains +
# ~5 s of starts): about 4 minutes with the defaults and C1, 6 with the default JIT.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bench_check
bench_key
bench_startup_cache
ROUNDS="${ROUNDS:-3}"
POINTS="${POINTS:-64 200 - 10
64 200 - 10 1000}"
case " $BOT_JVM_FLAGS " in *" -XX:TieredStopAtLevel=1 "*) WARMUP_DEFAULT=5 ;; *) WARMUP_DEFAULT=30 ;; esac
WARMUP_S="${WARMUP_S:-$WARMUP_DEFAULT}" POINT_WARMUP_S="${POINT_WARMUP_S:-5}"
PROBOT_WORK="${PROBOT_WORK:-/tmp/probot-bench}" PROBOT_VERSION="${PROBOT_VERSION:-14.3.2}"
BOT_PORT="${BOT_PORT:-3000}"
OUT="${OUT:-/tmp/botwright-bench/lean-side-by-side-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
start=$(date +%s)

# Probot and the bench app, as run-probot.sh installs them (step 1 there)
if [ "$(node -p "try{require('$PROBOT_WORK/node_modules/probot/package.json').version}catch{''}")" != "$PROBOT_VERSION" ]; then
  mkdir -p "$PROBOT_WORK"
  [ -f "$PROBOT_WORK/package.json" ] || echo '{"name":"probot-bench-app","private":true,"type":"module"}' >"$PROBOT_WORK/package.json"
  (cd "$PROBOT_WORK" && timeout 300 npm install --no-audit --no-fund "probot@$PROBOT_VERSION")
fi
cp "$BENCH_HARNESS/probot-app/app.mjs" "$BENCH_HARNESS/probot-app/main.mjs" "$PROBOT_WORK/"

BW_CMD="env $BOT_ENV $BOT_JAVA $BOT_JVM_FLAGS -jar $BOT_JAR"
PB_CMD="env LOG_LEVEL=${BOT_LOG_LEVEL:-warn} NODE_ENV=production BENCH_THROTTLE=off node main.mjs"
{
  echo "nproc=$(nproc) cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "mem=$(free -m | awk '/Mem:/ {print $2}')MB kernel=$(uname -r) node=$(node --version)" \
    "java=$("$BOT_JAVA" -version 2>&1 | head -1) wrk=$(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"
  echo "botwright: $BW_CMD"
  echo "probot $(node -p "require('$PROBOT_WORK/node_modules/probot/package.json').version"): $PB_CMD (in $PROBOT_WORK)"
  echo "rounds=$ROUNDS warmup_s=$WARMUP_S point_warmup_s=$POINT_WARMUP_S points=[$(echo "$POINTS" | paste -sd ';')]"
} | tee "$OUT/machine.txt" >&2

run_bot() { # $1 = botwright|probot, $2 = round
  local name=botwright cwd="$REPO" ready=health cmd
  # Botwright gets a journal of its own per round: a fresh bot, as Probot is (nothing to resume)
  cmd="env BOTWRIGHT_JOURNAL_DIR=$OUT/journal-$2 $BW_CMD"
  [ "$1" = botwright ] || { name=probot-off cwd="$PROBOT_WORK" ready=ping cmd="$PB_CMD"; }
  BOT_NAME="$name" BOT_CWD="$cwd" BOT_CMD="$cmd" BOT_READY_URL="http://127.0.0.1:$BOT_PORT/$ready" \
    LABEL="round$2" OUT="$OUT" POINTS="$POINTS" FIRST_WARMUP_S="$WARMUP_S" WARMUP_S="$POINT_WARMUP_S" \
    BOT_PORT="$BOT_PORT" "$REPO/bench/run-ceiling.sh"
}

for round in $(seq 1 "$ROUNDS"); do
  order="botwright probot"; [ $((round % 2)) = 1 ] || order="probot botwright"
  for bot in $order; do
    echo "== round $round/$ROUNDS: $bot" >&2
    run_bot "$bot" "$round" >/dev/null
  done
done

{
  echo "# Lean side-by-side: Botwright vs Probot (throttling off)"
  echo
  echo "wrk + bench/FakeGitHub.java, $ROUNDS rounds alternated, a fresh bot per round; warm-up" \
    "$WARMUP_S s before the first point, $POINT_WARMUP_S s before each later one. Machine and commands:"
  echo
  sed 's/^/    /' "$OUT/machine.txt"
  echo
  node "$REPO/bench/lean-summary.mjs" "$OUT/ceiling.jsonl" botwright probot-off
  echo
  echo "Total time: $(( $(date +%s) - start )) s."
} >"$OUT/lean-summary.md"
cat "$OUT/lean-summary.md"
echo "== results: $OUT/lean-summary.md" >&2
