# Shared by the benchmark scripts (sourced, not run). POSIX-ish bash.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(cd "$BENCH_DIR/.." && pwd -P)
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
AADCFG_JAR=$REPO/cli-shim/target/aadcfg.jar
AADCFG=$REPO/cli-shim/bin/aadcfg
BENCH_JAR=$BENCH_DIR/target/benchmarks.jar
WORK=${BENCH_WORK:-$BENCH_DIR/target/work}
RESULTS=$BENCH_DIR/target/results
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

# median of the numbers given as arguments
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# ratio a/b with 2 decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }

# "yes" when a <= b (or a >= b with ge), else "no"
meets() { awk -v a="$1" -v b="$2" -v op="${3:-le}" 'BEGIN {print ((op=="le" ? a<=b : a>=b) ? "met" : "NOT met")}'; }

# target line for BENCHMARKS.md: target|measured|status
target() { echo "| $1 | $2 | $3 |" >> "$RESULTS/targets-$4.md"; }

# records the load average at the start and end of a part: target/results/load-PART.txt
load_start() { echo "start $(cut -d' ' -f1-3 /proc/loadavg)" > "$RESULTS/load-$1.txt"; trap "echo \"end \$(cut -d' ' -f1-3 /proc/loadavg)\" >> \"$RESULTS/load-$1.txt\"" EXIT; }
