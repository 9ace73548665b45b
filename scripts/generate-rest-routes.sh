#!/usr/bin/env bash
# Regenerates framework/test/src/main/resources/dev/botwright/test/github-rest-routes.txt,
# the list of GitHub REST routes that botwright-test's FakeGitHub checks the bot's calls and
# the tests' routes against. Needs Node 20+ and npm; downloads one pinned npm package.
set -euo pipefail

VERSION="23.0.2"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/framework/test/src/main/resources/dev/botwright/test/github-rest-routes.txt"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "@octokit/openapi@$VERSION" >/dev/null)
tar -xzf "$WORK"/octokit-openapi-"$VERSION".tgz -C "$WORK"
mkdir -p "$(dirname "$OUT")"
node "$ROOT/scripts/generate-rest-routes.mjs" "$WORK/package" "$VERSION" "$OUT"
