#!/usr/bin/env node
// make-deliveries.mjs: K pre-signed issues.opened bodies for wrk (bench/wrk-webhooks.lua), one
// per installation, one per line: "sha256=<hex>\t<compact JSON>". The signature covers only the
// body, so wrk may reuse a body with a fresh X-GitHub-Delivery each time.
// Usage: make-deliveries.mjs --template FILE --k 200 --base 100000 --secret S --out FILE
import crypto from "node:crypto";
import fs from "node:fs";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const template = JSON.parse(fs.readFileSync(arg("template"), "utf8"));
const k = Number(arg("k", "200"));
const base = Number(arg("base", "100000"));
const secret = arg("secret", "bench-secret");
const lines = [];
for (let i = 1; i <= k; i++) {
  const p = structuredClone(template);
  p.installation = { ...(p.installation || {}), id: base + i };
  p.issue.number = i;
  p.issue.id = 7000000 + i;
  const body = JSON.stringify(p);
  const sig = "sha256=" + crypto.createHmac("sha256", secret).update(body).digest("hex");
  lines.push(`${sig}\t${body}`);
}
fs.writeFileSync(arg("out"), lines.join("\n") + "\n");
console.error(`wrote ${k} signed deliveries to ${arg("out")}`);
