#!/usr/bin/env bash
# run-curves.sh: Botwright's events/s against concurrency, installations and payload size, on
# the lean path of run-ceiling.sh (wrk + FakeGitHub.java), a few seconds per point, then a
# markdown table in $OUT/curves.md. Makes the padded payloads (bench/make-payloads.mjs) first.
# Env: DUR [3] seconds per point, WARMUP_S [2], BOT_EXTRA_FLAGS [-Xmx512m: 5 MB payloads queue
# up], OUT [/tmp/botwright-bench/curves-<time>], and what run-ceiling.sh reads.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bench_check
export OUT="${OUT:-/tmp/botwright-bench/curves-$(date +%Y%m%d-%H%M%S)}"
export BOT_EXTRA_FLAGS="${BOT_EXTRA_FLAGS:--Xmx512m}" WARMUP_S="${WARMUP_S:-2}" BENCH_HARNESS
D="${DUR:-3}" P="$REPO/bench/payloads"
[ -f "$P/5mb.json" ] || node "$REPO/bench/make-payloads.mjs" "$P"
export POINTS="1 200 - $D
4 200 - $D
16 200 - $D
64 200 - $D
256 200 - $D
64 1 - $D
64 100 - $D
64 10000 - $D
4 10 $P/1kb.json $D
4 10 $P/10kb.json $D
4 10 $P/100kb.json $D
4 10 $P/1mb.json $D
4 10 $P/5mb.json $D"
"$REPO/bench/run-ceiling.sh"
node -e '
  const rows = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map(JSON.parse);
  const head = "| concurrency | installations | payload | sent | 503 | acks/s | e2e events/s | ack p50/p90/p99 ms | events per bot CPU-s | bot CPU% | fake-GH CPU% | wrk CPU% |";
  console.log([head, "|---|---|---|---|---|---|---|---|---|---|---|---|", ...rows.map((r) =>
    `| ${r.c} | ${r.k} | ${r.payload} | ${r.sent} | ${r.refused503} | ${r.ackPerSec} | ${r.e2ePerSec} | ${[r.ackMs.p50, r.ackMs.p90, r.ackMs.p99].map((x) => x.toFixed(1)).join(" / ")} | ${r.eventsPerBotCpuS} | ${r.botCpuPct} | ${r.fakeGithubCpuPct} | ${r.wrkCpuPct} |`)].join("\n"));
' "$OUT/ceiling.jsonl" | tee "$OUT/curves.md"
