#!/usr/bin/env bash
# profile-scenario-a.sh: scenario a of the shared harness once, Botwright under Java Flight
# Recorder, then where the CPU went (bench/jfr-top.mjs) and the harness's per-process CPU.
# Env: N [20000], WARMUP_N [2000], OUT [/tmp/botwright-bench/profile-<time>], bench/env.sh's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bench_check
bench_key
bench_startup_cache
OUT="${OUT:-/tmp/botwright-bench/profile-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
BOT_NAME=botwright-jfr BOT_CWD="$REPO" \
  BOT_CMD="env $BOT_ENV $BOT_JAVA $BOT_JVM_FLAGS -XX:StartFlightRecording=filename=$OUT/a.jfr,settings=profile -jar $BOT_JAR" \
  BOT_READY_URL=http://127.0.0.1:3000/health BOT_WEBHOOK_URL=http://127.0.0.1:3000/api/github/webhooks \
  N_OVERRIDE="${N:-20000}" WARMUP_N="${WARMUP_N:-2000}" REPS=1 SCENARIOS=a OUT="$OUT" \
  "$BENCH_HARNESS/run-scenarios.sh"
{
  node "$BENCH_HARNESS/summarize.mjs" "$OUT/results.jsonl" | sed -n 3,5p
  echo
  node "$REPO/bench/jfr-top.mjs" "$OUT/a.jfr" 40
} | tee "$OUT/profile.txt"
