#!/usr/bin/env bash
set -u
cd /work/main
D=/tmp/final
echo "start $(date -u +%T)" >> $D/progress
OUT=$D/side-by-side timeout 1500 bench/run-side-by-side.sh > $D/side-by-side.log 2>&1; echo "sbs rc=$? $(date -u +%T)" >> $D/progress
P="64 200 - 10
64 200 - 10 500
64 200 - 10 1000
64 10000 - 10"
POINTS="$P" OUT=$D/lean-c1 timeout 1500 bench/run-lean-side-by-side.sh > $D/lean-c1.log 2>&1; echo "lean-c1 rc=$? $(date -u +%T)" >> $D/progress
POINTS="$P" BOT_JVM_FLAGS="-Xmx64m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=48m -Dio.netty.maxDirectMemory=0" OUT=$D/lean-c2 timeout 1800 bench/run-lean-side-by-side.sh > $D/lean-c2.log 2>&1; echo "lean-c2 rc=$? $(date -u +%T)" >> $D/progress
OUT=$D/curves timeout 900 bench/run-curves.sh > $D/curves.log 2>&1; echo "curves rc=$? $(date -u +%T)" >> $D/progress
