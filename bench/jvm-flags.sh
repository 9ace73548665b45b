#!/usr/bin/env bash
# jvm-flags.sh: scenario a (shortened) once per JVM flag set, to pick flags that keep peak RSS
# low without costing throughput. Prints the table of summarize.mjs for the sets.
# Env: FLAG_SETS (lines "name|flags"), N [10000], WARMUP_N [2000], SCENARIOS [a], OUT.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bench_check
bench_key
OUT="${OUT:-/tmp/botwright-bench/flags-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
DEFAULT_SETS="default|
g1-256m|-Xmx256m
serial-128m|-Xmx128m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -Dio.netty.maxDirectMemory=0
serial-96m-c1|-Xmx96m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -XX:TieredStopAtLevel=1 -Dio.netty.maxDirectMemory=0
serial-64m-c1|-Xmx64m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -XX:TieredStopAtLevel=1 -Dio.netty.maxDirectMemory=0"
while IFS='|' read -r name flags; do
  [ -n "$name" ] || continue
  BOT_NAME="botwright-$name" BOT_CMD="env $BOT_ENV $BOT_JAVA $flags -jar $BOT_JAR" \
    BOT_READY_URL=http://127.0.0.1:3000/health BOT_WEBHOOK_URL=http://127.0.0.1:3000/api/github/webhooks \
    N_OVERRIDE="${N:-10000}" WARMUP_N="${WARMUP_N:-2000}" REPS=1 SCENARIOS="${SCENARIOS:-a}" OUT="$OUT" \
    "$BENCH_HARNESS/run-scenarios.sh"
done <<<"${FLAG_SETS:-$DEFAULT_SETS}"
node "$BENCH_HARNESS/summarize.mjs" "$OUT/results.jsonl" | tee "$OUT/summary.md"
