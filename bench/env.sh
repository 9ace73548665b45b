# Sourced by the bench/ scripts: where things are, and the JVM flags the benchmarks use.
# Override any of these from the environment.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The shared harness (fake GitHub, load generator, scenario driver), next to the project root.
BENCH_HARNESS="${BENCH_HARNESS:-$REPO/../shared/bench}"
BOT_JAR="${BOT_JAR:-$REPO/sample-bot/target/sample-bot.jar}"
# Chosen in docs/performance.md ("JVM settings for memory"): small heap, serial GC, capped metaspace/code cache.
BOT_JVM_FLAGS="${BOT_JVM_FLAGS:--Xmx64m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -XX:TieredStopAtLevel=1 -Dio.netty.maxDirectMemory=0}"
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

# The java that runs the bot: java on PATH (the project's Java 17) unless BOT_JAVA names another,
# e.g. BOT_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java.
BOT_JAVA="${BOT_JAVA:-java}"

bench_java_feature() { # the feature release of BOT_JAVA: 17, 21, 25...
  "$BOT_JAVA" -version 2>&1 | awk -F'"' '/version "/ { split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]); exit }'
}

# A start-up cache for BOT_JAVA, made once by a training start: an AOT cache on Java 25 or newer
# (bench_aot), else the class-data archive (bench_cds). BOT_AOT=0 keeps the class-data archive on
# 25 too. Java 17 (the default) is unchanged: the class-data archive.
bench_startup_cache() {
  local feature
  feature=$(bench_java_feature)
  if [ "${BOT_AOT:-1}" = 1 ] && [ "${feature:-0}" -ge 25 ]; then
    bench_aot
  else
    bench_cds
  fi
}

# Class-data sharing (AppCDS): a training start dumps the loaded classes once; later starts map
# them instead of loading and verifying them again (about 0.9 s less to ready, ~8 MB less RSS).
# BOT_CDS=0 switches it off. The archive is keyed by the jar's size and time and the Java release,
# so a rebuild or another JDK makes a new one.
bench_cds() { # appends -XX:SharedArchiveFile=... to BOT_JVM_FLAGS (and makes the archive first)
  [ "${BOT_CDS:-1}" = 1 ] || return 0
  CDS_ARCHIVE="$(bench_cache_path jsa)"
  bench_cache "$CDS_ARCHIVE" "class-data archive" -XX:ArchiveClassesAtExit -XX:SharedArchiveFile
}

# AOT cache (Java 25+, JEPs 483/514/515): like the class-data archive, plus the classes already
# linked and the training start's method profiles. Measured on JDK 25 with the benchmark flags:
# ready in about 640 ms against 830 ms for Java 17 with its class-data archive (docs/performance.md,
# "Start-up"). The cache records the JVM flags it was made with; the flags in BOT_JVM_FLAGS at this
# point are the ones both the training and the later starts use.
bench_aot() { # appends -XX:AOTCache=... to BOT_JVM_FLAGS (and makes the cache first)
  AOT_CACHE="$(bench_cache_path aot)"
  bench_cache "$AOT_CACHE" "AOT cache" -XX:AOTCacheOutput -XX:AOTCache
}

bench_cache() { # $1 file, $2 what it is, $3 the flag that writes it, $4 the flag that uses it
  if [ ! -f "$1" ]; then
    echo "making the $2 $1 (one training start)" >&2
    bench_train "$3=$1"
    [ -f "$1" ] || { echo "no $2 made; running without it" >&2; return 0; }
  fi
  BOT_JVM_FLAGS="$BOT_JVM_FLAGS $4=$1"
}

bench_cache_path() { # $1 = extension; one file per jar build, Java release and flag set
  local dir="${CDS_DIR:-/tmp/botwright-bench}" flags
  mkdir -p "$dir"
  flags=$(printf '%s' "$BOT_JVM_FLAGS" | cksum | cut -d' ' -f1)
  echo "$dir/sample-bot-$(stat -c '%s-%Y' "$BOT_JAR")-java$(bench_java_feature)-$flags.$1"
}

bench_train() { # $1 = the flag that writes the archive or cache when the training JVM exits
  # The jar's own train command, as the container image makes its archive: a start with a
  # throwaway identity on a loopback port, three signed deliveries, nothing sent to GitHub.
  # shellcheck disable=SC2086 # BOT_ENV and BOT_JVM_FLAGS are word lists
  env $BOT_ENV "$BOT_JAVA" $BOT_JVM_FLAGS -Xlog:disable -Xlog:all=error:stderr "$1" -jar "$BOT_JAR" train \
    >"${CDS_DIR:-/tmp/botwright-bench}/training.log" 2>&1 || true
}
