#!/usr/bin/env bash
# run-soak.sh: one bot under a steady paced load for a long time, its RSS sampled every
# SAMPLE_S seconds, to see whether memory settles. bench/run-ceiling.sh runs the load (wrk
# replaying pre-signed deliveries at RATE/s to the sample bot, bench/FakeGitHub.java as GitHub);
# this script samples the bot's VmRSS beside it and summarizes the samples.
#
# Env (defaults in brackets):
#   SOAK_S [1800]  RATE [200]  SAMPLE_S [10]  OUT [/tmp/botwright-bench/soak-<time>]
#   BOT_MODE [container]  how the bot is started:
#     container  the shipped image's flags and environment (the image's MaxRAMPercentage=25 of a
#                256 MiB limit is -Xmx64m here) with a class-data archive from the jar's train
#                command, write pacing off (parity with Probot's throttling off)
#     user       plain `java -jar`, write pacing off, nothing else
#   Anything bench/run-ceiling.sh reads.
# Writes $OUT/rss.tsv (seconds since ready, RSS MB) and $OUT/soak.md: the RSS at 1 minute, the
# lowest and highest after it, the last, and the growth after the first minute in %.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
SOAK_S="${SOAK_S:-1800}" RATE="${RATE:-200}" SAMPLE_S="${SAMPLE_S:-10}" BOT_MODE="${BOT_MODE:-container}"
OUT="${OUT:-/tmp/botwright-bench/soak-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
case "$BOT_MODE" in
  container)
    export BOT_JVM_FLAGS="-Xmx64m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -XX:TieredStopAtLevel=1 -Dio.netty.maxDirectMemory=0 -XX:+ExitOnOutOfMemoryError"
    export BOT_ENV="BOTWRIGHT_CLIENT_PACING=false MALLOC_ARENA_MAX=2 MICRONAUT_EXECUTORS_IO_TYPE=fixed MICRONAUT_EXECUTORS_IO_N_THREADS=4 BOTWRIGHT_JOURNAL_DIR=$OUT/journal" ;;
  user)
    export BOT_JVM_FLAGS="" BOT_ENV="BOTWRIGHT_CLIENT_PACING=false BOTWRIGHT_JOURNAL_DIR=$OUT/journal" BOT_CDS=0 BOT_AOT=0 ;;
  *) echo "BOT_MODE is container or user, not $BOT_MODE" >&2; exit 2 ;;
esac
BOT_NAME="botwright-$BOT_MODE" POINTS="64 200 - $SOAK_S $RATE" WARMUP_S=0 FIRST_WARMUP_S=0 \
  OUT="$OUT/ceiling" E2E_TIMEOUT_S=120 GH_MAX_S=$(( SOAK_S + 900 )) \
  "$REPO/bench/run-ceiling.sh" >"$OUT/ceiling.log" 2>&1 &
load=$!
pid=""
for _ in $(seq 1 600); do # the bot: the java listening on the bot port, once it answers
  pid=$(pgrep -f -n -- "-jar $BOT_JAR" || true)
  [ -n "$pid" ] && curl -s -o /dev/null --max-time 1 "http://127.0.0.1:${BOT_PORT:-3000}/health" && break
  sleep 0.5
done
[ -n "$pid" ] || { echo "the bot did not start; see $OUT/ceiling.log" >&2; wait "$load"; exit 1; }
echo "bot pid $pid ($BOT_MODE), sampling RSS every ${SAMPLE_S}s for ${SOAK_S}s at ${RATE}/s" >&2
start=$(date +%s)
printf 'seconds\trss_mb\n' >"$OUT/rss.tsv"
while kill -0 "$pid" 2>/dev/null && kill -0 "$load" 2>/dev/null; do
  rss=$(awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$pid/status" 2>/dev/null || true)
  [ -n "$rss" ] && printf '%s\t%s\n' "$(( $(date +%s) - start ))" "$rss" >>"$OUT/rss.tsv"
  sleep "$SAMPLE_S"
done
wait "$load" || true
awk -F'\t' -v mode="$BOT_MODE" -v rate="$RATE" 'NR > 1 { t[NR] = $1; r[NR] = $2; n = NR }
  END {
    for (i = 2; i <= n; i++) if (t[i] >= 60) { first = i; break }
    lo = hi = r[first]; for (i = first; i <= n; i++) { if (r[i] < lo) lo = r[i]; if (r[i] > hi) hi = r[i] }
    printf "| mode | rate/s | seconds | RSS at 1 min MB | min after MB | max after MB | last MB | growth after 1 min |\n|---|---|---|---|---|---|---|---|\n"
    printf "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %+.1f %% |\n", mode, rate, t[n], r[first], lo, hi, r[n], (hi - r[first]) * 100 / r[first]
  }' "$OUT/rss.tsv" | tee "$OUT/soak.md"
grep -h '"e2e' "$OUT/ceiling/"*.jsonl 2>/dev/null | tail -1 >>"$OUT/soak.md" || true
echo "== $OUT/soak.md" >&2
