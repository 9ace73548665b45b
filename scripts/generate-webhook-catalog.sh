#!/usr/bin/env bash
# Regenerates framework/processor/src/main/resources/META-INF/botwright/webhook-events.txt,
# the list of GitHub webhook events and actions that botwright-processor checks
# @OnEvent values against. Needs Node 20+ and npm; downloads one pinned npm package.
set -euo pipefail

VERSION="12.1.0"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/framework/processor/src/main/resources/META-INF/botwright/webhook-events.txt"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "@octokit/openapi-webhooks@$VERSION" >/dev/null)
tar -xzf "$WORK"/octokit-openapi-webhooks-"$VERSION".tgz -C "$WORK"
mkdir -p "$(dirname "$OUT")"
node "$ROOT/scripts/generate-webhook-catalog.mjs" "$WORK/package" "$VERSION" "$OUT"
