#!/usr/bin/env bash
# Runs every benchmark, then (re)writes BENCHMARKS.md at the repository root from this run's results with
# benchmarks/report.py, and stores those results (every sample, as the parts wrote them) in
# benchmarks/baseline/, so that the document can be checked and rewritten from them.
# Usage: benchmarks/run-all.sh   (env: FLEET_N=10000 ROUNDS=6 JOBS=2 RUNS=5 HEAP_SEARCHES=3 COLD_RUNS=20 JMH_OPTS=""
#                                 SCALING_SIZES="1 4 16 64")
#        benchmarks/run-all.sh --from-results DIR   only rewrites BENCHMARKS.md from the results in DIR
#   BENCH_SKIP_BUILD=1 uses the jars as they are; BENCH_PARTS="jmh coldstart fleet scaling" (default: all)
#   runs only some parts and reuses the others' latest results; BENCH_RESULTS=DIR BENCH_WORK=DIR
#   BENCH_OUT=FILE make a trial run that leaves BENCHMARKS.md and benchmarks/baseline/ alone.
source "$(dirname "$0")/lib.sh"
out=${BENCH_OUT:-$REPO/BENCHMARKS.md}
stored=$BENCH_DIR/baseline

# writes $out from the results in $1, whole or not at all
write_document() {
  python3 "$BENCH_DIR/report.py" "$1" > "$out.tmp"
  mv "$out.tmp" "$out"
  echo "wrote $out" >&2
}

if [ "${1:-}" = --from-results ]; then
  [ -d "${2:-}" ] || { echo "usage: $0 --from-results DIR" >&2; exit 64; }
  write_document "$2"
  exit
fi
[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || BENCH_REBUILD=1 ensure_built
ensure_tool xmlstarlet
ensure_tool hyperfine
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +%Y-%m-%dT%H:%MZ)
parts=" ${BENCH_PARTS:-jmh coldstart fleet scaling} "
for part in jmh:jmh.json coldstart:coldstart.json fleet:fleet-runs.tsv scaling:scaling-runs.tsv; do
  # a part without results (e.g. after mvn clean) runs anyway
  [ -f "$RESULTS/${part#*:}" ] || case $parts in *" ${part%%:*} "*) ;; *) echo "no results for ${part%%:*} yet: running it too" >&2; parts="$parts${part%%:*} " ;; esac
done
case $parts in *" jmh "*) "$BENCH_DIR/jmh.sh" ${JMH_OPTS:-} ;; esac
case $parts in *" coldstart "*) "$BENCH_DIR/coldstart.sh" ;; esac
case $parts in *" fleet "*) "$BENCH_DIR/fleet.sh" "${FLEET_N:-10000}" ;; esac
case $parts in *" scaling "*) "$BENCH_DIR/scaling.sh" ${SCALING_SIZES:-} ;; esac
{
  printf 'written\t%s (each part'"'"'s own time is below: a part can be re-run alone)\n' "$started"
  printf 'cpu\t%s, nproc %s\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')" "$(nproc)"
  printf 'ram\t%s\n' "$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  printf 'jdk\t%s\n' "$("$JAVA" -version 2>&1 | sed -n 2p)"
  printf 'os_disk\t%s, %s (%s)\n' "$(uname -sr)" "$(df -T "$WORK" | awk 'NR==2 {print $2}')" "$WORK"
  printf 'tools\txmlstarlet %s, %s\n' "$(xmlstarlet --version | head -1)" "$(hyperfine --version)"
  printf 'load_before\t%s\nload_after\t%s\n' "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$RESULTS/machine.tsv"
write_document "$RESULTS"
if [ -z "${BENCH_OUT:-}" ]; then
  rm -rf "$stored"; mkdir -p "$stored"
  cp "$RESULTS"/load-*.txt "$RESULTS"/*.json "$RESULTS"/*.tsv "$stored/"
  echo "stored the results in $stored" >&2
fi
