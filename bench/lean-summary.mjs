#!/usr/bin/env node
// lean-summary.mjs: ceiling.jsonl lines of two bots (bench/run-lean-side-by-side.sh) -> markdown:
// per point, each metric's median per bot over the rounds, the ratio A/B, and every round's value.
// Usage: lean-summary.mjs ceiling.jsonl [botA=botwright] [botB=probot-off]
import fs from "node:fs";

const [file, a = "botwright", b = "probot-off"] = process.argv.slice(2);
const rows = fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => Number.isNaN(x) ? "-"
  : Number.isInteger(x) || Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(Math.abs(x) >= 10 ? 1 : 2);
// [label, value of a ceiling.jsonl row]
const METRICS = [
  ["e2e events/s", (r) => r.e2ePerSec],
  ["events per bot CPU-s", (r) => r.eventsPerBotCpuS],
  ["acks/s", (r) => r.ackPerSec],
  ["ack p50 ms", (r) => r.ackMs.p50],
  ["ack p90 ms", (r) => r.ackMs.p90],
  ["ack p99 ms", (r) => r.ackMs.p99],
  ["bot CPU %", (r) => r.botCpuPct],
  ["peak RSS MB (VmHWM)", (r) => r.botPeakRssMb],
  ["answers >= 400 (503)", (r) => r.refused503],
  ["socket errors/timeouts", (r) => r.socketErrors],
  ["GitHub 401/404 answers", (r) => r.github401 + r.github404],
  ["token mints (timed part)", (r) => r.mints],
  ["token mints (since start)", (r) => r.mintsTotal],
  ["start-to-ready ms", (r) => r.readyMs],
  ["warm-up deliveries (this point)", (r) => r.warmupSent ?? NaN],
];
const pointKey = (r) => `${r.c} connections, ${r.k} installations, ${r.payload}, ` +
  (r.rate > 0 ? `paced at ${r.rate} deliveries/s` : "flood");
const points = [...new Set(rows.map(pointKey))];
const out = [];
for (const p of points) {
  const of = (bot) => rows.filter((r) => pointKey(r) === p && r.bot === bot);
  const ra = of(a), rb = of(b);
  const set = (f) => [...new Set([...ra, ...rb].map(f))].join("/");
  out.push(`### ${p}`, "", `Warm-up ${set((r) => r.warmupS)} s of flood before this point; ` +
    `${set((r) => r.loadBeforeS)} s of load in all before its timed part; rounds: ${a} ${ra.length}, ${b} ${rb.length}.`, "");
  out.push(`| metric | ${a} (median) | ${b} (median) | ${a}/${b} | ${a} per round | ${b} per round |`);
  out.push("|---|---|---|---|---|---|");
  for (const [label, get] of METRICS) {
    const va = ra.map(get), vb = rb.map(get);
    const ma = median(va), mb = median(vb);
    const ratio = mb > 0 ? (ma / mb).toFixed(2) : "-";
    out.push(`| ${label} | ${fmt(ma)} | ${fmt(mb)} | ${ratio} | ${va.map(fmt).join(", ")} | ${vb.map(fmt).join(", ")} |`);
  }
  out.push("");
}
out.push("e2e events/s = comments at the fake GitHub / (timed wrk run + drain); CPU from /proc over " +
  "the same span; peak RSS includes start and warm-up. Ratio > 1: the first bot's number is higher.");
console.log(out.join("\n"));
