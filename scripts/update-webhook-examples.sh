#!/usr/bin/env bash
# Regenerates framework/test/src/main/resources/dev/botwright/test/webhook-examples/, shipped in
# the testing kit (botwright-test), from the @octokit/webhooks-examples npm package: one
# pretty-printed JSON file per example payload, named <event>.<action>.json (or <event>.json),
# with .2, .3 ... when several share a name, and index.txt listing their names.
# The package and registry_package events are left out (see below).
# Requires npm and node. Usage: scripts/update-webhook-examples.sh [version]
set -euo pipefail

version="${1:-7.6.1}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/framework/test/src/main/resources/dev/botwright/test/webhook-examples"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@octokit/webhooks-examples@$version" >/dev/null)
tar -xzf "$work"/octokit-webhooks-examples-*.tgz -C "$work"
index="$work/package/api.github.com/index.json"
[[ -f "$index" ]] || { echo "No api.github.com/index.json in the package; its layout changed." >&2; exit 1; }

# Keep LICENSE and README.md; every other file (the examples and index.txt) is regenerated.
mkdir -p "$out"
find "$out" -maxdepth 1 -name '*.json' -delete

node - "$index" "$out" <<'JS'
const fs = require("fs");
const path = require("path");
const [index, out] = process.argv.slice(2);
// Package events carry package-registry host names, which this repository keeps out of its
// files; Botwright models neither event, so they are left out.
const skipped = new Set(["package", "registry_package"]);
const seen = new Map();
let written = 0;
for (const definition of JSON.parse(fs.readFileSync(index, "utf8"))) {
  if (skipped.has(definition.name)) continue;
  for (const example of definition.examples) {
    const base = example.action ? `${definition.name}.${example.action}` : definition.name;
    const n = (seen.get(base) || 0) + 1;
    seen.set(base, n);
    const name = n === 1 ? `${base}.json` : `${base}.${n}.json`;
    fs.writeFileSync(path.join(out, name), JSON.stringify(example, null, 2) + "\n");
    written++;
  }
}
console.log(`Wrote ${written} examples to ${out}`);
JS

# The kit lists the shipped examples from index.txt (a jar cannot be listed without scanning).
(cd "$out" && find . -maxdepth 1 -name '*.json' | sed -e 's|^\./||' -e 's|\.json$||' | LC_ALL=C sort) >"$out/index.txt"

# The package declares "license": "MIT" but 7.6.1 ships no LICENSE file; prefer one if present.
license="$(find "$work/package" -maxdepth 1 -iname 'LICENSE*' | head -n 1)"
if [[ -n "$license" ]]; then
  cp "$license" "$out/LICENSE"
elif [[ ! -f "$out/LICENSE" ]]; then
  echo "The package has no LICENSE file and $out/LICENSE is missing; restore it from git." >&2
  exit 1
fi
