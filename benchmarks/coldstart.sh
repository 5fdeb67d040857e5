#!/usr/bin/env bash
# Cold start: one `aadcfg proxy set --dry-run` on the sample (through cli-shim/bin/aadcfg, as users run it)
# vs a hello-world Java program on the same JVM, with hyperfine. Writes RESULTS/coldstart.json (hyperfine's
# export, every run's time included), then prints its section of BENCHMARKS.md. (env COLD_RUNS=20)
source "$(dirname "$0")/lib.sh"
ensure_built
load_start coldstart
ensure_tool hyperfine
runs=${COLD_RUNS:-20}
cp "$SAMPLE" "$WORK/cold.config"
# one run first, so that a launcher's first-use work (e.g. a class-data archive) is not in the numbers
"$AADCFG" proxy set --dry-run --address http://proxy.contoso.com:8080 "$WORK/cold.config" >/dev/null
hyperfine -N --warmup 3 --runs "$runs" --export-json "$RESULTS/coldstart.json" \
  -n hello "$JAVA -cp $BENCH_JAR io.github.aadcfg.benchmarks.Hello" \
  -n "aadcfg proxy set --dry-run" "$AADCFG proxy set --dry-run --address http://proxy.contoso.com:8080 $WORK/cold.config" \
  -n "java -jar aadcfg.jar proxy set --dry-run (no launcher)" "$JAVA -jar $AADCFG_JAR proxy set --dry-run --address http://proxy.contoso.com:8080 $WORK/cold.config" >&2
report_part coldstart
