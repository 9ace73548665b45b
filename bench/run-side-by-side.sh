#!/usr/bin/env bash
# run-side-by-side.sh: Botwright (the sample bot jar) and Probot 14 (throttling off) on the
# shared harness, alternated round by round in one OUT, scenarios a-d; then the harness's
# table plus Botwright/Probot ratios in $OUT/summary.md. Builds nothing.
#
# Env (defaults in brackets):
#   ROUNDS [3]           alternations; each round runs Probot then Botwright, REPS each
#   REPS [1]             runs per scenario per bot per round
#   SCENARIOS ["a b c d"]  N_OVERRIDE [] (every scenario's N; empty = the harness's 20000/500)
#   WARMUP_N [2000]      OUT [/tmp/botwright-bench/side-by-side-<time>]
#   BOT_JVM_FLAGS, BOT_ENV, BENCH_HARNESS, BOT_JAR: see bench/env.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bench_check
bench_key
bench_startup_cache
export OUT="${OUT:-/tmp/botwright-bench/side-by-side-$(date +%Y%m%d-%H%M%S)}"
export SCENARIOS="${SCENARIOS:-a b c d}" REPS="${REPS:-1}" WARMUP_N="${WARMUP_N:-2000}"
export N_OVERRIDE="${N_OVERRIDE:-}"
ROUNDS="${ROUNDS:-3}"
mkdir -p "$OUT"
start=$(date +%s)
{
  echo "nproc=$(nproc) cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "mem=$(free -m | awk '/Mem:/ {print $2}')MB kernel=$(uname -r) node=$(node --version)"
  echo "java=$($BOT_JAVA -version 2>&1 | head -1)"
  echo "botwright: $BOT_JAVA $BOT_JVM_FLAGS -jar $BOT_JAR ($BOT_ENV)"
  echo "rounds=$ROUNDS reps=$REPS scenarios=[$SCENARIOS] n_override=[${N_OVERRIDE}] warmup=$WARMUP_N"
} | tee "$OUT/machine-botwright.txt" >&2

for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round/$ROUNDS: Probot (throttling off)" >&2
  MODES=off "$BENCH_HARNESS/run-probot.sh" >/dev/null
  echo "== round $round/$ROUNDS: Botwright" >&2
  # The delivery journal (on by default) lives in this run's OUT: every start of the bot in the run
  # resumes from it, as a restarted bot would, and no run inherits another run's journal.
  BOT_NAME=botwright BOT_CWD="$REPO" \
    BOT_CMD="env $BOT_ENV BOTWRIGHT_JOURNAL_DIR=$OUT/journal $BOT_JAVA $BOT_JVM_FLAGS -jar $BOT_JAR" \
    BOT_READY_URL=http://127.0.0.1:3000/health \
    BOT_WEBHOOK_URL=http://127.0.0.1:3000/api/github/webhooks \
    "$BENCH_HARNESS/run-scenarios.sh"
done

{
  node "$BENCH_HARNESS/summarize.mjs" "$OUT/results.jsonl"
  echo
  node "$REPO/bench/ratios.mjs" "$OUT/results.jsonl" botwright probot-off
  echo
  echo "Total time: $(( $(date +%s) - start )) s. Machine: see machine*.txt."
} >"$OUT/summary.md"
cat "$OUT/summary.md"
echo "== results: $OUT/summary.md" >&2
