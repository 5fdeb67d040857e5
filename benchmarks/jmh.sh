#!/usr/bin/env bash
# JMH: the JDK's DOM parse alone vs the engine's whole `proxy set` planned in memory (ConfigEditor.plan on bytes:
# decode, parse with spans, lint, locate, splice, re-read of the changed region, node-for-node verification,
# lint, encode; no disk),
# on the ~2 KB agent sample and a generated ~200 KB config. Writes RESULTS/jmh.json (JMH's own, with each
# score's 99.9% error), then prints its section of BENCHMARKS.md.
# Usage: benchmarks/jmh.sh [extra JMH options, e.g. -f 1 -wi 3 -i 3]
source "$(dirname "$0")/lib.sh"
ensure_built
load_start jmh
cd "$REPO"
"$JAVA" -jar "$BENCH_JAR" EngineVsParse -rf json -rff "$RESULTS/jmh.json" "$@" >&2
report_part jmh
