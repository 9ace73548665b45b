# Sourced by the bench/ scripts: where things are, and the JVM flags the benchmarks use.
# Override any of these from the environment.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The shared harness (fake GitHub, load generator, scenario driver), next to the project root.
BENCH_HARNESS="${BENCH_HARNESS:-$REPO/../shared/bench}"
BOT_JAR="${BOT_JAR:-$REPO/sample-bot/target/sample-bot.jar}"
# Chosen in docs/performance.md ("Memory"): small heap, serial GC, capped metaspace/code cache.
BOT_JVM_FLAGS="${BOT_JVM_FLAGS:--Xmx128m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -XX:TieredStopAtLevel=1 -Dio.netty.maxDirectMemory=0}"
# Parity with Probot's throttling-off mode: Botwright paces writes per installation by default.
BOT_ENV="${BOT_ENV:-BOTWRIGHT_CLIENT_PACING=false}"
APP_KEY="${PRIVATE_KEY_PATH:-/tmp/probot-bench/app-key.pem}"

bench_check() { # the harness and the jar must be there; nothing is built here
  if [ ! -f "$BENCH_HARNESS/run-scenarios.sh" ]; then
    echo "No benchmark harness at $BENCH_HARNESS (expected ../shared/bench next to the project root);" \
      "set BENCH_HARNESS to its directory" >&2
    exit 2
  fi
  if [ ! -f "$BOT_JAR" ]; then
    echo "No $BOT_JAR: build it first with ./mvnw -B -ntp -q install -DskipTests" >&2
    exit 2
  fi
}

bench_key() { # a PKCS#1 app key as GitHub issues them (the same one run-probot.sh makes)
  if [ ! -f "$APP_KEY" ]; then
    mkdir -p "$(dirname "$APP_KEY")"
    openssl genrsa -traditional -out "$APP_KEY" 2048 2>/dev/null
  fi
  export PRIVATE_KEY_PATH="$APP_KEY"
}
