#!/usr/bin/env bash
# Runs every benchmark and (re)writes BENCHMARKS.md at the repository root from the measured results.
# Usage: benchmarks/run-all.sh   (env: FLEET_N=10000 ROUNDS=6 JOBS=2 RUNS=3 COLD_RUNS=20 JMH_OPTS="")
#        BENCH_SKIP_BUILD=1 to use the jars as they are.
source "$(dirname "$0")/lib.sh"
[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || BENCH_REBUILD=1 ensure_built
ensure_tool xmlstarlet
ensure_tool hyperfine
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +%Y-%m-%dT%H:%MZ)
# BENCH_PARTS="jmh coldstart fleet scaling" (default: all) runs only some parts; the others' latest results are reused
parts=" ${BENCH_PARTS:-jmh coldstart fleet scaling} "
for part in jmh coldstart fleet scaling; do # a part without results (e.g. after mvn clean) runs anyway
  [ -f "$RESULTS/targets-$part.md" ] || case $parts in *" $part "*) ;; *) echo "no results for $part yet: running it too" >&2; parts="$parts$part " ;; esac
done
case $parts in *" jmh "*) "$BENCH_DIR/jmh.sh" ${JMH_OPTS:-} ;; esac
case $parts in *" coldstart "*) "$BENCH_DIR/coldstart.sh" ;; esac
case $parts in *" fleet "*) "$BENCH_DIR/fleet.sh" "${FLEET_N:-10000}" ;; esac
case $parts in *" scaling "*) "$BENCH_DIR/scaling.sh" ;; esac
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
out=$REPO/BENCHMARKS.md
tmp=$out.tmp # written whole, then renamed: a failing part never leaves a truncated BENCHMARKS.md
loaded=$(cat "$RESULTS"/load-*.txt 2>/dev/null | awk -v a="${load_before%% *}" -v b="${load_after%% *}" '{if ($2 > m) m = $2} END {print (a > 1.5 || b > 1.5 || m > 1.5) ? "yes" : "no"}')
{
  echo "# Benchmarks"
  echo
  echo "Written by \`benchmarks/run-all.sh\` from the measured results; do not edit by hand (run the script again)."
  echo
  echo "## Machine"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| written | $started (each part's own time is below: a part can be re-run alone) |"
  echo "| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), nproc $(nproc) |"
  echo "| RAM | $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) |"
  echo "| JDK | $("$JAVA" -version 2>&1 | sed -n 2p) |"
  echo "| OS / disk | $(uname -sr), $(df -T "$WORK" | awk 'NR==2 {print $2}') ($WORK) |"
  echo "| load average (1, 5, 15 min) | this script: before $load_before, after $load_after |"
  for part in jmh coldstart fleet scaling; do
    [ -f "$RESULTS/load-$part.txt" ] && echo "| $part: measured, load average | $(date -u -r "$RESULTS/$part.md" +%Y-%m-%dT%H:%MZ); $(tr '\n' ';' < "$RESULTS/load-$part.txt" | sed 's/;$//; s/;/; /') |"
  done
  echo "| tools | $(xmlstarlet --version | head -1 | sed 's/^/xmlstarlet /'), $(hyperfine --version) |"
  echo
  if [ "$loaded" = yes ]; then
    echo "**The 1-minute load average went above 1.5 on 2 cores during this run** (the benchmarks' own work, such"
    echo "as JMH's forks and the batch's two jobs, counts too; see the loads above), so absolute times are noisier;"
    echo "the ratios are measured side by side in the same run and are less affected."
    echo
  fi
  echo "## Targets"
  echo
  echo "| target | measured | |"
  echo "|---|---|---|"
  cat "$RESULTS"/targets-jmh.md "$RESULTS"/targets-fleet.md "$RESULTS"/targets-coldstart.md "$RESULTS"/targets-scaling.md
  echo
  echo "## 1. JMH: engine vs the JDK's DOM parse"
  echo
  echo "\`benchmarks/jmh.sh\` (JMH 1.37, \`EngineVsParse\`: 1 fork, 5 × 1 s warm-up, 5 × 1 s measurement; ± is the"
  echo "99.9% interval). *DOM parse*: \`DocumentBuilder.parse\` of the bytes, namespace-aware, DOCTYPE refused,"
  echo "secure processing, with a new builder from a shared factory per parse (the usual one-shot parse) and with"
  echo "one builder reused (\`reset()\` before each parse: the parse alone, without building a parser). *engine*: \`Planner.plan(file, bytes, [AgentEdits.setProxy(ProxySettings.of(\"http://proxy.contoso.com:8080\"))], false)\`"
  echo "— decode, parse with spans, lint, locate, splice, re-read of the changed region, node-for-node verification, lint, encode; no disk."
  echo "The 200 KB config is the sample with ~1,900 more appSettings entries, binding redirects and a custom section."
  echo
  cat "$RESULTS/jmh.md"
  echo
  echo "## 2. Fleet"
  echo
  echo "\`benchmarks/fleet.sh [N]\`. Files are restored from a pristine copy (and \`sync\`ed) before every timed run."
  echo "xmlstarlet takes no backup, never fsyncs and reformats the whole file (indentation, BOM, quotes); it is"
  echo "the peer, not an equivalent. The floor does no XML at all."
  echo
  cat "$RESULTS/fleet.md"
  echo
  echo "## 3. Cold start"
  echo
  echo "\`benchmarks/coldstart.sh\`: hyperfine (\`-N\`, 3 warm-ups) of \`cli-shim/bin/aadcfg proxy set --dry-run\` on the"
  echo "sample vs \`java -cp benchmarks.jar io.github.aadcfg.benchmarks.Hello\` on the same JVM."
  echo
  cat "$RESULTS/coldstart.md"
  echo
  echo "## 4. Scaling"
  echo
  echo "\`benchmarks/scaling.sh\`: \`java -jar aadcfg.jar proxy set\` (safe mode: lock, verified backup, atomic write)"
  echo "and \`xmlstarlet ed -L\` on the sample grown to 1, 4, 16 and 64 MiB of appSettings; \`/usr/bin/time -v\`."
  echo "Heap needed: the smallest \`-Xmx\` with which the same edit completes (binary search to within 2 %): the"
  echo "peak of live data, the number the heap target is checked against. With the JVM's default heap sizing (a"
  echo "quarter of the RAM) the heap holds garbage until the next collection: the GC log's largest occupancy is"
  echo "shown beside it, for comparison, not as the target."
  echo
  cat "$RESULTS/scaling.md"
  echo
  if [ -f "$BENCH_DIR/NOTES.md" ]; then cat "$BENCH_DIR/NOTES.md"; echo; fi
  if [ -d "$BENCH_DIR/baseline" ] && [ "${BENCH_SAVE_BASELINE:-0}" != 1 ]; then
    echo "## Before this round"
    echo
    echo "The same scripts on the code before the latest changes described above ($(cat "$BENCH_DIR/baseline/when.txt"))."
    for part in targets jmh fleet coldstart scaling; do
      echo; echo "### $part"; echo
      if [ "$part" = targets ]; then echo "| target | measured | |"; echo "|---|---|---|"; cat "$BENCH_DIR"/baseline/targets-*.md
      else cat "$BENCH_DIR/baseline/$part.md"; fi
    done
    echo
  fi
  echo "## Reproduce"
  echo
  echo '```sh'
  echo 'mvn -B -Pbenchmarks -pl cli-shim,benchmarks -am package -DskipTests   # aadcfg.jar + benchmarks.jar'
  echo 'benchmarks/run-all.sh          # everything, rewrites BENCHMARKS.md (about 20-30 minutes)'
  echo 'benchmarks/jmh.sh              # or one part: jmh.sh, fleet.sh [N], coldstart.sh, scaling.sh [MiB...]'
  echo '# profile the engine: java -XX:StartFlightRecording=filename=plan.jfr -cp benchmarks/target/benchmarks.jar \'
  echo '#   io.github.aadcfg.benchmarks.ProfileLoop 200k 20 && jfr print --events jdk.ExecutionSample plan.jfr'
  echo '```'
} > "$tmp"
mv "$tmp" "$out"
if [ "${BENCH_SAVE_BASELINE:-0}" = 1 ]; then
  # keeps this run's tables as the "before" numbers that later runs print
  rm -rf "$BENCH_DIR/baseline"; mkdir -p "$BENCH_DIR/baseline"
  cp "$RESULTS"/*.md "$BENCH_DIR/baseline/"
  echo "$started, load average before $load_before, after $load_after; FLEET_N=${FLEET_N:-10000}" > "$BENCH_DIR/baseline/when.txt"
fi
echo "wrote $out" >&2
