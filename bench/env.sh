# Sourced by the bench/ scripts: where things are, and the JVM flags the benchmarks use.
# Override any of these from the environment.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The shared harness (fake GitHub, load generator, scenario driver), next to the project root.
BENCH_HARNESS="${BENCH_HARNESS:-$REPO/../shared/bench}"
BOT_JAR="${BOT_JAR:-$REPO/sample-bot/target/sample-bot.jar}"
# Chosen in docs/performance.md ("Memory"): small heap, serial GC, capped metaspace/code cache.
BOT_JVM_FLAGS="${BOT_JVM_FLAGS:--Xmx96m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -XX:TieredStopAtLevel=1 -Dio.netty.maxDirectMemory=0}"
# Parity with Probot's throttling-off mode (Botwright paces writes per installation by default);
# 128 handler threads so 50 ms API latency (scenario b) does not cap handling at 32/0.05 s;
# glibc malloc arenas capped (less RSS from many threads); the webhook route's blocking executor
# fixed at 4 threads instead of one per connection (measured: about 9% more events per CPU-second).
BOT_ENV="${BOT_ENV:-BOTWRIGHT_CLIENT_PACING=false BOTWRIGHT_DISPATCH_WORKERS=128 MALLOC_ARENA_MAX=2 MICRONAUT_EXECUTORS_IO_TYPE=fixed MICRONAUT_EXECUTORS_IO_N_THREADS=4}"
APP_KEY="${PRIVATE_KEY_PATH:-/tmp/probot-bench/app-key.pem}"

bench_check_harness() { # the shared harness (payload, Probot app) must be there
  if [ ! -f "$BENCH_HARNESS/run-scenarios.sh" ]; then
    echo "No benchmark harness at $BENCH_HARNESS (expected ../shared/bench next to the project root);" \
      "set BENCH_HARNESS to its directory" >&2
    exit 2
  fi
}

bench_check() { # the harness and the jar must be there; nothing is built here
  bench_check_harness
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

# Class-data sharing (AppCDS): a training start dumps the loaded classes once; later starts map
# them instead of loading and verifying them again (about 0.9 s less to ready, ~8 MB less RSS).
# BOT_CDS=0 switches it off. The archive is keyed by the jar's size and time, so a rebuild makes
# a new one.
bench_cds() { # appends -XX:SharedArchiveFile=... to BOT_JVM_FLAGS (and makes the archive first)
  [ "${BOT_CDS:-1}" = 1 ] || return 0
  local dir="${CDS_DIR:-/tmp/botwright-bench}" key
  key=$(stat -c '%s-%Y' "$BOT_JAR")
  CDS_ARCHIVE="$dir/sample-bot-$key.jsa"
  mkdir -p "$dir"
  if [ ! -f "$CDS_ARCHIVE" ]; then
    local port=3099 pid
    echo "making the class-data archive $CDS_ARCHIVE (one training start)" >&2
    (env APP_ID=1 PRIVATE_KEY_PATH="$PRIVATE_KEY_PATH" WEBHOOK_SECRET=training PORT=$port HOST=127.0.0.1 \
      GITHUB_API_URL=http://127.0.0.1:3098 \
      java $BOT_JVM_FLAGS -XX:ArchiveClassesAtExit="$CDS_ARCHIVE" -jar "$BOT_JAR" >"$dir/cds-training.log" 2>&1) &
    pid=$!
    for _ in $(seq 1 600); do curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/health" && break; sleep 0.1; done
    # one (rejected) delivery, so the webhook route's classes are in the archive too
    curl -s -o /dev/null --max-time 5 -H 'Content-Type: application/json' -H 'X-GitHub-Event: issues' \
      -H 'X-GitHub-Delivery: training' -H 'X-Hub-Signature-256: sha256=00' -d '{}' \
      "http://127.0.0.1:$port/api/github/webhooks" || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ -f "$CDS_ARCHIVE" ] || { echo "no class-data archive made; running without it" >&2; return 0; }
  fi
  BOT_JVM_FLAGS="$BOT_JVM_FLAGS -XX:SharedArchiveFile=$CDS_ARCHIVE"
}
