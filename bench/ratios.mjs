#!/usr/bin/env node
// ratios.mjs results.jsonl [botA] [botB]: medians per scenario of the numbers the performance
// targets name, for two bots, and A/B ratios. Reads the lines run-scenarios.sh wrote.
import fs from "node:fs";

const [file, a = "botwright", b = "probot-off"] = process.argv.slice(2);
const rows = fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l))
  .filter((r) => r.meta);
const median = (xs) => {
  const v = xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((p, q) => p - q);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const metrics = [
  ["e2e events/s", (r) => r.e2e?.eventsPerSec, "higher"],
  ["events per bot CPU-s", (r) => r.sent / (r.resources.procs.bot?.cpuSeconds || NaN), "higher"],
  ["ack p50 ms", (r) => r.ackMs.p50, "lower"],
  ["ack p90 ms", (r) => r.ackMs.p90, "lower"],
  ["ack p99 ms", (r) => r.ackMs.p99, "lower"],
  ["token mints", (r) => r.e2e?.tokenMints, "lower"],
  ["idle RSS MB", (r) => r.meta.idleRssMb, "lower"],
  ["peak RSS MB", (r) => r.resources.procs.bot?.vmHwmMb, "lower"],
  ["start-to-ready ms", (r) => r.meta.readyMs, "lower"],
];
const fmt = (x) => (x == null ? "–" : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));
const scenarios = [...new Set(rows.map((r) => r.meta.scenario))].sort();
const out = [`Medians; ratio = ${a} / ${b} (for "lower" rows, below 1 is better).`, ""];
out.push(`| scenario | metric | ${a} | ${b} | ratio | runs ${a}/${b} |`, "|---|---|---|---|---|---|");
for (const sc of scenarios) {
  const of = (bot) => rows.filter((r) => r.meta.bot === bot && r.meta.scenario === sc);
  const ra = of(a), rb = of(b);
  for (const [name, get, better] of metrics) {
    const ma = median(ra.map(get)), mb = median(rb.map(get));
    const ratio = ma != null && mb ? ma / mb : null;
    out.push(`| ${sc} | ${name} (${better} is better) | ${fmt(ma)} | ${fmt(mb)} | ${ratio == null ? "–" : ratio.toFixed(2) + "×"} | ${ra.length}/${rb.length} |`);
  }
}
console.log(out.join("\n"));
