#!/usr/bin/env node
// jfr-top.mjs FILE.jfr [N]: where a JFR recording's CPU samples went: samples per thread group
// and the N methods most often on the stack (each counted once per sample), then GC pauses.
import { execFileSync } from "node:child_process";

const [file, n = "40"] = process.argv.slice(2);
const json = (events) => JSON.parse(execFileSync("jfr", ["print", "--json", "--stack-depth", "64", "--events", events, file],
  { maxBuffer: 1 << 30 }).toString()).recording.events;
const samples = json("jdk.ExecutionSample");
const threads = new Map(), incl = new Map();
const bump = (m, k) => m.set(k, (m.get(k) || 0) + 1);
for (const e of samples) {
  const t = (e.values.sampledThread?.javaName || "?").replace(/\d+/g, "N");
  bump(threads, t);
  const seen = new Set();
  for (const f of e.values.stackTrace?.frames || []) {
    const name = `${f.method.type.name}.${f.method.name}`;
    if (!seen.has(name)) { seen.add(name); bump(incl, name); }
  }
}
const pct = (c) => `${((100 * c) / samples.length).toFixed(1)}%`;
console.log(`${samples.length} samples\n\nby thread:`);
for (const [t, c] of [...threads].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(c).padStart(6)}  ${t}`);
console.log(`\non the stack (inclusive), top ${n}:`);
const boring = /(Thread\.run$|ThreadPoolExecutor|netty\/util\/|Lambda|SingleThreadIoEventLoop|NioIoHandler|AbstractNio|ExecutionFlow|PropagatedContext)/;
for (const [m, c] of [...incl].filter(([m]) => !boring.test(m)).sort((a, b) => b[1] - a[1]).slice(0, +n))
  console.log(`  ${pct(c).padStart(6)}  ${m}`);
const gcs = json("jdk.GarbageCollection");
const seconds = (d) => { const m = /^PT(?:(\d+)M)?([\d.]+)S$/.exec(String(d)); return m ? (+(m[1] || 0)) * 60 + +m[2] : 0; };
const pauseMs = 1000 * gcs.reduce((s, e) => s + seconds(e.values.sumOfPauses), 0);
console.log(`\nGC: ${gcs.length} collections, ${pauseMs.toFixed(0)} ms of pauses in total`);
