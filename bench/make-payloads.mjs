#!/usr/bin/env node
// make-payloads.mjs [out-dir]: issues.opened payload templates of about 1 KB, 10 KB, 100 KB,
// 1 MB and 5 MB for the payload-size curve (bench/run-curves.sh). The 1 KB one keeps only the
// fields a handler of issues.opened reads; the others pad issue.body of the harness's template.
// Output goes to bench/payloads/ (git-ignored: the large ones are megabytes).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const harness = process.env.BENCH_HARNESS || path.join(here, "..", "..", "shared", "bench");
const out = process.argv[2] || path.join(here, "payloads");
const template = JSON.parse(fs.readFileSync(path.join(harness, "payloads", "issues.opened.json"), "utf8"));
fs.mkdirSync(out, { recursive: true });

const t = template;
const small = {
  action: "opened",
  issue: { id: t.issue.id, number: t.issue.number, title: t.issue.title, body: "", state: "open",
    user: { login: t.issue.user.login, id: t.issue.user.id, type: "User" },
    author_association: t.issue.author_association, labels: [], html_url: t.issue.html_url },
  repository: { id: t.repository.id, name: t.repository.name, full_name: t.repository.full_name,
    private: false, owner: { login: t.repository.owner.login, id: t.repository.owner.id, type: "User" } },
  sender: { login: t.sender.login, id: t.sender.id, type: "User" },
  installation: { id: 1 },
};
const write = (name, payload, size) => {
  const base = Buffer.byteLength(JSON.stringify(payload));
  payload.issue.body = (payload.issue.body || "") + "x".repeat(Math.max(0, size - base));
  const file = path.join(out, name);
  fs.writeFileSync(file, JSON.stringify(payload));
  console.error(`${file}: ${fs.statSync(file).size} bytes`);
};
write("1kb.json", structuredClone(small), 1024);
write("10kb.json", structuredClone(t), 10 * 1024);
write("100kb.json", structuredClone(t), 100 * 1024);
write("1mb.json", structuredClone(t), 1024 * 1024);
write("5mb.json", structuredClone(t), 5 * 1024 * 1024);
