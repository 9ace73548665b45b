#!/usr/bin/env bash
set -u
cd /work/main
D=/tmp/final2
echo "start $(date -u +%T) $(git -C /work/main rev-parse --short HEAD)" >> $D/progress
OUT=$D/side-by-side timeout 1500 bench/run-side-by-side.sh > $D/side-by-side.log 2>&1; echo "sbs rc=$? $(date -u +%T)" >> $D/progress
OUT=$D/profile timeout 600 bench/profile-scenario-a.sh > $D/profile.log 2>&1; echo "profile rc=$? $(date -u +%T)" >> $D/progress
P="64 200 - 10
64 200 - 10 500
64 200 - 10 1000
64 10000 - 10"
POINTS="$P" OUT=$D/lean-c1 timeout 1500 bench/run-lean-side-by-side.sh > $D/lean-c1.log 2>&1; echo "lean-c1 rc=$? $(date -u +%T)" >> $D/progress
