#!/usr/bin/env bash
# Scaling: configs of 1, 4, 16 and 64 MiB (the sample with a large appSettings); per size, RUNS runs each of
# `aadcfg proxy set` (safe mode, backup and all) and of `xmlstarlet ed -L` making the same edit, with wall
# time and peak RSS (/usr/bin/time -v), and for aadcfg the peak heap used (the GC log's largest occupancy,
# default heap sizing, garbage included). Then, HEAP_SEARCHES times, the heap aadcfg needs: the smallest
# -Xmx with which the edit completes (binary search, to within 2 %: the peak of live data, which no
# collection can shrink). Writes RESULTS/scaling-runs.tsv (every run), scaling-heap.tsv (every search's
# largest -Xmx seen failing and smallest seen completing) and scaling-refused.tsv (sizes aadcfg refused),
# then prints its section of BENCHMARKS.md.
# Usage: benchmarks/scaling.sh [SIZES_MIB...] (env RUNS=5 HEAP_SEARCHES=3)
source "$(dirname "$0")/lib.sh"
ensure_built
load_start scaling
ensure_tool xmlstarlet
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1 4 16 64)
runs=${RUNS:-5}
searches=${HEAP_SEARCHES:-3}
address=http://proxy.contoso.com:8080
dir=$WORK/scaling
mkdir -p "$dir"

xml_edit() {
  xmlstarlet ed -L \
    -d '/*/*[local-name()="system.net"]/*[local-name()="defaultProxy"]' \
    -s '/*[not(*[local-name()="system.net"])]' -t elem -n system.net -v '' \
    -s '/*/*[local-name()="system.net"]' -t elem -n defaultProxy -v '' --var dp '$prev' \
    -s '$dp' -t attr -n enabled -v true -s '$dp' -t attr -n useDefaultCredentials -v true \
    -s '$dp' -t elem -n proxy -v '' --var p '$prev' \
    -s '$p' -t attr -n usesystemdefault -v true -s '$p' -t attr -n proxyaddress -v "$address" \
    -s '$p' -t attr -n bypassonlocal -v true "$1"
}
# runs "$@" under /usr/bin/time -v; prints "seconds maxrss_kib"
measure() {
  /usr/bin/time -v -o "$dir/time.txt" "$@" >"$dir/stdout.txt" 2>"$dir/stderr.txt" || { cat "$dir/stdout.txt" "$dir/stderr.txt" >&2; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; t=s}
              /Maximum resident set size/ {r=$2} END {print t, r}' "$dir/time.txt"
}
peak_heap_mib() { # from a -Xlog:gc,gc+heap+exit log
  python3 - "$1" <<'PY'
import re, sys
peak = 0.0
for line in open(sys.argv[1]):
    m = re.search(r"Pause.* (\d+)M->(\d+)M", line)
    if m: peak = max(peak, float(m.group(1)))
    m = re.search(r"used (\d+)K", line)
    if m and "heap" in line: peak = max(peak, int(m.group(1)) / 1024)
print(f"{peak:.0f}")
PY
}

# the smallest -Xmx (MiB) with which `proxy set` on $1 completes, searched between $2 and $3:
# prints "FAILS COMPLETES", the largest -Xmx seen failing ("-" if none did) and the smallest seen completing
# ("-" if not even $3 did)
min_heap_mib() {
  local src=$1 lo=$2 hi=$3 mid
  completes() {
    cp "$src" "$dir/run/min-heap.config"
    local ok=0
    "$JAVA" -Xmx"$1"m -jar "$AADCFG_JAR" proxy set -q --address "$address" "$dir/run/min-heap.config" >/dev/null 2>&1 || ok=1
    rm -f "$dir/run/min-heap.config"*
    return $ok
  }
  completes "$hi" || { echo "$hi -"; return; }
  completes "$lo" && { echo "- $lo"; return; }
  while [ $((hi - lo)) -gt $(( (hi + 49) / 50 )) ]; do
    mid=$(( (lo + hi) / 2 ))
    if completes "$mid"; then hi=$mid; else lo=$mid; fi
  done
  echo "$lo $hi"
}

rm -f "$RESULTS"/scaling-*.tsv
printf '# size_mib\tbytes\ttool\trun\tseconds\tmaxrss_kib\tpeak_heap_mib\n' > "$RESULTS/scaling-runs.tsv"
printf '# size_mib\tbytes\tsearch\tfails_mib\tcompletes_mib\n' > "$RESULTS/scaling-heap.tsv"
for mib in "${sizes[@]}"; do
  src=$dir/large-$mib.config
  [ -f "$src" ] || "$JAVA" -Dsample="$SAMPLE" -cp "$BENCH_JAR" io.github.aadcfg.benchmarks.Configs "${mib}M" "$src"
  bytes=$(stat -c %s "$src")
  rows=(); refused=
  for r in $(seq 1 "$runs"); do
    rm -rf "$dir/run"; mkdir -p "$dir/run"; cp "$src" "$dir/run/app.config"; sync
    if measure "$JAVA" -Xlog:gc,gc+heap+exit:file="$dir/gc.log" -jar "$AADCFG_JAR" proxy set -q --address "$address" "$dir/run/app.config" > "$dir/m.txt"; then
      read -r t rss < "$dir/m.txt"
      rows+=("$mib	$bytes	aadcfg	$r	$t	$rss	$(peak_heap_mib "$dir/gc.log")")
    else
      refused=$({ cat "$dir/stdout.txt" "$dir/stderr.txt"; echo "exit status $(awk -F': ' '/Exit status/ {print $2}' "$dir/time.txt")"; } | grep -m1 -v '^\s*$' | tr '\t' ' ' | sed -e 's/|/\\|/g' -e "s|$dir/run/||" | cut -c1-200 || true)
      break
    fi
    cp "$src" "$dir/run/x.config"; sync
    read -r t rss < <(measure bash -c "$(declare -f xml_edit); address=$address; xml_edit $dir/run/x.config")
    rows+=("$mib	$bytes	xmlstarlet	$r	$t	$rss	-")
  done
  if [ -n "$refused" ]; then
    printf '%s\t%s\n' "$mib" "$refused" >> "$RESULTS/scaling-refused.tsv"
    echo "scaling $mib MiB: aadcfg refused the file" >&2
    continue
  fi
  printf '%s\n' "${rows[@]}" >> "$RESULTS/scaling-runs.tsv"
  lo=$((mib - 1)); [ "$lo" -lt 7 ] && lo=7
  for s in $(seq 1 "$searches"); do
    read -r fails_mib completes_mib < <(min_heap_mib "$src" "$lo" $((32 * mib + 64)))
    printf '%s\t%s\t%s\t%s\t%s\n' "$mib" "$bytes" "$s" "$fails_mib" "$completes_mib" >> "$RESULTS/scaling-heap.tsv"
  done
  echo "scaling $mib MiB done" >&2
done
report_part scaling
