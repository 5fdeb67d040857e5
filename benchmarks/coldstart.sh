#!/usr/bin/env bash
# Cold start: one `aadcfg proxy set --dry-run` on the sample (through cli-shim/bin/aadcfg, as users run it)
# vs a hello-world Java program on the same JVM, with hyperfine. Writes target/results/coldstart.md.
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
python3 - "$RESULTS/coldstart.json" > "$RESULTS/coldstart.md" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
hello = res[0]["median"]
print("| command | median (ms) | mean ± σ (ms) | × hello |")
print("|---|---|---|---|")
for r in res:
    print(f"| {r['command']} | {r['median']*1000:.0f} | {r['mean']*1000:.0f} ± {r['stddev']*1000:.0f} | {r['median']/hello:.2f} |")
PY
rm -f "$RESULTS/targets-coldstart.md"
r=$(awk -F'|' 'NR==4 {gsub(/ /,"",$5); print $5}' "$RESULTS/coldstart.md")
target "cold start ≤ 6× hello-world" "$r×" "$(meets "$r" 6)" coldstart
cat "$RESULTS/coldstart.md"
