#!/usr/bin/env bash
# Regenerates Botwright's typed GitHub model from GitHub's own descriptions: the webhook records,
# enums and EventTypes (framework/core/src/generated/java), the schema payloads of the testing kit
# and the answers FakeGitHub completes. botwright-codegen's test fails while the checked-in files
# and the descriptions disagree.
#
# Usage: scripts/generate-models.sh                   regenerate from the checked-in descriptions
#        scripts/generate-models.sh --update-schemas  first fetch the pinned npm packages again
#                                                     (needs Node 20+ and npm)
set -euo pipefail

WEBHOOKS_VERSION="12.1.0"   # @octokit/openapi-webhooks; keep GenerateModels.WEBHOOKS_VERSION in step
REST_VERSION="23.0.2"       # @octokit/openapi; keep GenerateModels.REST_VERSION in step
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCHEMAS="$ROOT/framework/codegen/src/main/resources/schemas"

if [[ "${1:-}" == "--update-schemas" ]]; then
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
  (cd "$WORK" && npm pack --silent "@octokit/openapi-webhooks@$WEBHOOKS_VERSION" >/dev/null \
    && npm pack --silent "@octokit/openapi@$REST_VERSION" >/dev/null)
  mkdir -p "$WORK/webhooks" "$WORK/rest"
  tar -xzf "$WORK/octokit-openapi-webhooks-$WEBHOOKS_VERSION.tgz" -C "$WORK/webhooks"
  tar -xzf "$WORK/octokit-openapi-$REST_VERSION.tgz" -C "$WORK/rest"
  gzip -9 -n <"$WORK/webhooks/package/generated/api.github.com.json" \
    >"$SCHEMAS/openapi-webhooks-$WEBHOOKS_VERSION.json.gz"
  node "$ROOT/scripts/extract-rest-answers.mjs" "$WORK/rest/package/generated/api.github.com.json" \
    "$SCHEMAS/rest-answers.txt" "$WORK/rest-answers.json"
  gzip -9 -n <"$WORK/rest-answers.json" >"$SCHEMAS/openapi-rest-answers-$REST_VERSION.json.gz"
fi

cd "$ROOT"
./mvnw -q -B -ntp -pl framework/codegen -am package -DskipTests
CLASSPATH_FILE="$(mktemp)"
./mvnw -q -B -ntp -pl framework/codegen dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE"
java -cp "framework/codegen/target/classes:$(cat "$CLASSPATH_FILE")" \
  dev.botwright.codegen.GenerateModels "$ROOT"
rm -f "$CLASSPATH_FILE"
