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
#   BOT_MODES ["tuned user"]  how Botwright is started, each round, one after the other:
#     tuned  BOT_JVM_FLAGS and BOT_ENV of bench/env.sh, with the class-data archive or AOT cache
#            (bot name "botwright")
#     user   exactly as a user starts it: `java -jar sample-bot.jar`, no JVM flag, no start-up
#            cache, nothing in the environment but the harness's settings and write pacing off
#            (parity with Probot's throttling off) (bot name "botwright-user")
#   BOT_JVM_FLAGS, BOT_ENV, BENCH_HARNESS, BOT_JAR: see bench/env.sh (tuned mode only)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bench_check
bench_key
BOT_MODES="${BOT_MODES:-tuned user}"
case " $BOT_MODES " in *" tuned "*) bench_startup_cache ;; esac
USER_ENV="BOTWRIGHT_CLIENT_PACING=false"
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
  echo "botwright (tuned): $BOT_JAVA $BOT_JVM_FLAGS -jar $BOT_JAR ($BOT_ENV)"
  echo "botwright-user: $BOT_JAVA -jar $BOT_JAR ($USER_ENV)"
  echo "modes=[$BOT_MODES]"
  echo "rounds=$ROUNDS reps=$REPS scenarios=[$SCENARIOS] n_override=[${N_OVERRIDE}] warmup=$WARMUP_N"
} | tee "$OUT/machine-botwright.txt" >&2

for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round/$ROUNDS: Probot (throttling off)" >&2
  MODES=off "$BENCH_HARNESS/run-probot.sh" >/dev/null
  for mode in $BOT_MODES; do
    case "$mode" in
      tuned) name=botwright flags="$BOT_JVM_FLAGS" env_vars="$BOT_ENV" ;;
      user) name=botwright-user flags="" env_vars="$USER_ENV" ;;
      *) echo "Unknown BOT_MODES entry: $mode (tuned or user)" >&2; exit 2 ;;
    esac
    echo "== round $round/$ROUNDS: Botwright ($mode)" >&2
    # The delivery journal (on by default) lives in this run's OUT: every start of the bot in the
    # run resumes from it, as a restarted bot would, and no run inherits another run's journal.
    BOT_NAME=$name BOT_CWD="$REPO" \
      BOT_CMD="env $env_vars BOTWRIGHT_JOURNAL_DIR=$OUT/journal-$mode $BOT_JAVA $flags -jar $BOT_JAR" \
      BOT_READY_URL=http://127.0.0.1:3000/health \
      BOT_WEBHOOK_URL=http://127.0.0.1:3000/api/github/webhooks \
      "$BENCH_HARNESS/run-scenarios.sh"
  done
done

{
  node "$BENCH_HARNESS/summarize.mjs" "$OUT/results.jsonl"
  echo
  for mode in $BOT_MODES; do
    [ "$mode" = user ] && name=botwright-user || name=botwright
    echo "### Botwright ($mode) against Probot"
    echo
    node "$REPO/bench/ratios.mjs" "$OUT/results.jsonl" "$name" probot-off
    echo
  done
  echo "Total time: $(( $(date +%s) - start )) s. Machine: see machine*.txt."
} >"$OUT/summary.md"
cat "$OUT/summary.md"
echo "== results: $OUT/summary.md" >&2
