#!/usr/bin/env bash
# JMH: the JDK's DOM parse alone vs the engine's whole `proxy set` planned in memory (Planner.plan:
# decode, parse with spans, lint, locate, splice, re-read of the changed region, node-for-node verification,
# lint, encode; no disk),
# on the ~2 KB agent sample and a generated ~200 KB config. Writes target/results/jmh.md.
# Usage: benchmarks/jmh.sh [extra JMH options, e.g. -f 1 -wi 3 -i 3]
source "$(dirname "$0")/lib.sh"
ensure_built
load_start jmh
cd "$REPO"
json=$RESULTS/jmh.json
"$JAVA" -jar "$BENCH_JAR" EngineVsParse -rf json -rff "$json" "$@" >&2
rm -f "$RESULTS/targets-jmh.md"
{
  echo "| config | DOM parse, new builder (µs/op) | DOM parse, reused builder (µs/op) | engine \`proxy set\` (µs/op) | engine/parse | engine/parse (reused builder) |"
  echo "|---|---|---|---|---|---|"
} > "$RESULTS/jmh.md"
python3 - "$json" >> "$RESULTS/jmh.md" <<'PY'
import json, sys
rows = {}
for r in json.load(open(sys.argv[1])):
    size = r["params"]["size"]; name = r["benchmark"].rsplit(".", 1)[1]
    m = r["primaryMetric"]
    rows.setdefault(size, {})[name] = (m["score"], m["scoreError"])
for size in ("agent", "200k"):
    if size not in rows: continue
    p, q, e = rows[size]["domParse"], rows[size]["domParseReused"], rows[size]["engine"]
    label = "agent sample (~2 KB)" if size == "agent" else "generated (~200 KB)"
    print(f"| {label} | {p[0]:.1f} ± {p[1]:.1f} | {q[0]:.1f} ± {q[1]:.1f} | {e[0]:.1f} ± {e[1]:.1f} | {e[0]/p[0]:.2f} | {e[0]/q[0]:.2f} |")
PY
awk -F'|' 'NR>2 {gsub(/ /,"",$6); gsub(/ /,"",$7); print $2"|"$6"|"$7}' "$RESULTS/jmh.md" | while IFS='|' read -r label r q; do
  target "engine/parse ≤ 1.5,$label (DOM parse with a new builder)" "$r" "$(meets "$r" 1.5)" jmh
  target "engine/parse ≤ 1.5,$label (DOM parse with a reused builder)" "$q" "$(meets "$q" 1.5)" jmh
done
cat "$RESULTS/jmh.md"
