# Shared by the benchmark scripts (sourced, not run). POSIX-ish bash.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(cd "$BENCH_DIR/.." && pwd -P)
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
AADCFG_JAR=$REPO/cli-shim/target/aadcfg.jar
AADCFG=$REPO/cli-shim/bin/aadcfg
BENCH_JAR=$BENCH_DIR/target/benchmarks.jar
WORK=${BENCH_WORK:-$BENCH_DIR/target/work}
RESULTS=${BENCH_RESULTS:-$BENCH_DIR/target/results} # raw results of the parts; BENCHMARKS.md is written from them
SAMPLE=$REPO/testdata/agent/AADConnectProvisioningAgent.exe.config
mkdir -p "$WORK" "$RESULTS"

# Builds the CLI jar and the benchmarks jar when missing (or when BENCH_REBUILD=1).
ensure_built() {
  if [ "${BENCH_REBUILD:-0}" = 1 ] || [ ! -f "$AADCFG_JAR" ] || [ ! -f "$BENCH_JAR" ]; then
    echo "building aadcfg.jar and benchmarks.jar ..." >&2
    (cd "$REPO" && mvn -B -q -Pbenchmarks -pl cli-shim,benchmarks -am package -DskipTests >&2)
  fi
}

# Installs a tool with apt-get when it is missing (needs root).
ensure_tool() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "installing $1 with apt-get ..." >&2
    (apt-get update -qq && apt-get install -y -qq "$1") >&2
  fi
}

now() { date +%s.%N; }

# prints the part's section of BENCHMARKS.md, from the results so far
report_part() { python3 "$BENCH_DIR/report.py" "$RESULTS" "$1"; }

# "TIME LOAD1 LOAD5 LOAD15" now
stamp() { echo "$(date -u +%Y-%m-%dT%H:%MZ) $(cut -d' ' -f1-3 /proc/loadavg)"; }

# records the time and load average at the start and end of a part: RESULTS/load-PART.txt
load_start() { echo "start $(stamp)" > "$RESULTS/load-$1.txt"; trap "echo \"end \$(stamp)\" >> \"$RESULTS/load-$1.txt\"" EXIT; }
