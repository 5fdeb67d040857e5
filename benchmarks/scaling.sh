#!/usr/bin/env bash
# Scaling: configs of 1, 4, 16 and 64 MiB (the sample with a large appSettings); per size, median of RUNS
# wall times and the peak RSS (/usr/bin/time -v) of `aadcfg proxy set` (safe mode, backup and all) and of
# `xmlstarlet ed -L` making the same edit. For aadcfg also the heap it needs: the smallest -Xmx with which
# the edit completes (binary search, to within 2 %: the peak of live data, which no collection can shrink),
# and the GC log's largest heap occupancy with the JVM's default heap sizing (garbage included).
# Writes target/results/scaling.md.  Usage: benchmarks/scaling.sh [SIZES_MIB...] (env RUNS=3)
source "$(dirname "$0")/lib.sh"
ensure_built
load_start scaling
ensure_tool xmlstarlet
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1 4 16 64)
runs=${RUNS:-3}
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

# smallest -Xmx (MiB) with which `proxy set` on $1 completes, between $2 (assumed too small) and $3 (checked)
min_heap_mib() {
  local src=$1 lo=$2 hi=$3 mid
  completes() {
    cp "$src" "$dir/run/min-heap.config"
    local ok=0
    "$JAVA" -Xmx"$1"m -jar "$AADCFG_JAR" proxy set -q --address "$address" "$dir/run/min-heap.config" >/dev/null 2>&1 || ok=1
    rm -f "$dir/run/min-heap.config"*
    return $ok
  }
  completes "$hi" || { echo ">$hi"; return; }
  while [ $((hi - lo)) -gt $(( (hi + 49) / 50 )) ]; do
    mid=$(( (lo + hi) / 2 ))
    if completes "$mid"; then hi=$mid; else lo=$mid; fi
  done
  echo "$hi"
}

{
  echo "| size | aadcfg time (s) | aadcfg peak RSS (MiB) | aadcfg heap needed (MiB: smallest -Xmx that completes) | heap needed / file size | aadcfg peak heap, default heap sizing (MiB, GC log, garbage included) | xmlstarlet time (s) | xmlstarlet peak RSS (MiB) |"
  echo "|---|---|---|---|---|---|---|---|"
} > "$RESULTS/scaling.md"
declare -A atime
heapratio64=""
for mib in "${sizes[@]}"; do
  src=$dir/large-$mib.config
  [ -f "$src" ] || "$JAVA" -Dsample="$SAMPLE" -cp "$BENCH_JAR" io.github.aadcfg.benchmarks.Configs "${mib}M" "$src"
  ta=(); ra=(); tx=(); rx=(); heap=0; refused=
  for r in $(seq 1 "$runs"); do
    rm -rf "$dir/run"; mkdir -p "$dir/run"; cp "$src" "$dir/run/app.config"; sync
    if measure "$JAVA" -Xlog:gc,gc+heap+exit:file="$dir/gc.log" -jar "$AADCFG_JAR" proxy set -q --address "$address" "$dir/run/app.config" > "$dir/m.txt"; then
      read -r t rss < "$dir/m.txt"
      h=$(peak_heap_mib "$dir/gc.log"); [ "$h" -gt "$heap" ] && heap=$h
      ta+=("$t"); ra+=("$rss")
    else
      refused=$({ cat "$dir/stdout.txt" "$dir/stderr.txt"; echo "exit status $(awk -F': ' '/Exit status/ {print $2}' "$dir/time.txt")"; } | grep -m1 -v '^\s*$' | sed -e 's/|/\\|/g' -e "s|$dir/run/||" | cut -c1-200 || true)
    fi
    cp "$src" "$dir/run/x.config"; sync
    read -r t rss < <(measure bash -c "$(declare -f xml_edit); address=$address; xml_edit $dir/run/x.config")
    tx+=("$t"); rx+=("$rss")
  done
  if [ -n "$refused" ]; then
    echo "| $mib MiB | refused: $refused | | | | | $(median "${tx[@]}") | $(( $(printf '%s\n' "${rx[@]}" | sort -n | tail -1) / 1024 )) |" >> "$RESULTS/scaling.md"
    echo "scaling $mib MiB: aadcfg refused the file" >&2
    continue
  fi
  lo=$((mib - 1)); [ "$lo" -lt 7 ] && lo=7
  need=$(min_heap_mib "$src" "$lo" $((32 * mib + 64)))
  mt=$(median "${ta[@]}"); atime[$mib]=$mt
  maxr=$(printf '%s\n' "${ra[@]}" | sort -n | tail -1); maxrx=$(printf '%s\n' "${rx[@]}" | sort -n | tail -1)
  hr=$(awk -v h="${need#>}" -v b="$(stat -c %s "$src")" 'BEGIN {printf "%.2f", h * 1048576 / b}')
  [ "${need#>}" != "$need" ] && hr=">$hr"
  [ "$mib" = 64 ] && heapratio64=$hr
  heapratio_last="$mib MiB"; heapratio_lastv=$hr
  echo "| $mib MiB | $mt | $((maxr / 1024)) | $need | $hr | $heap | $(median "${tx[@]}") | $((maxrx / 1024)) |" >> "$RESULTS/scaling.md"
  echo "scaling $mib MiB done" >&2
done
rm -f "$RESULTS/targets-scaling.md"
if [ -z "${atime[64]:-}" ] && [ -n "${atime[1]:-}" ]; then
  big=$(for k in "${!atime[@]}"; do echo "$k"; done | sort -n | tail -1)
  if [ "$big" = 1 ]; then
    echo >> "$RESULTS/scaling.md"; echo "Every file above 1 MiB was refused by aadcfg's input limits (see the table)." >> "$RESULTS/scaling.md"
    target "time(64 MiB)/time(1 MiB) ≤ 80" "64 MiB refused by aadcfg's input limits (so were 4 and 16 MiB)" "not measurable" scaling
  else
    q=$(ratio "${atime[$big]}" "${atime[1]}")
    echo >> "$RESULTS/scaling.md"; echo "The 64 MiB file was refused (see the table); time($big MiB)/time(1 MiB) = **$q**" >> "$RESULTS/scaling.md"
    target "time(64 MiB)/time(1 MiB) ≤ 80" "64 MiB refused by aadcfg's input limits; time($big MiB)/time(1 MiB) = $q" "not measurable" scaling
  fi
fi
if [ -n "${atime[64]:-}" ] && [ -n "${atime[1]:-}" ]; then
  q=$(ratio "${atime[64]}" "${atime[1]}")
  echo >> "$RESULTS/scaling.md"; echo "time(64 MiB)/time(1 MiB) = **$q**" >> "$RESULTS/scaling.md"
  target "time(64 MiB)/time(1 MiB) ≤ 80" "$q" "$(meets "$q" 80)" scaling
fi
[ -z "$heapratio64" ] && [ -n "${heapratio_last:-}" ] && target "peak heap ≤ 6× file size (largest accepted: $heapratio_last; smallest -Xmx that completes)" "${heapratio_lastv}×" "$(meets "${heapratio_lastv#>}" 6)" scaling
[ -n "$heapratio64" ] && target "peak heap ≤ 6× file size (64 MiB; smallest -Xmx that completes)" "${heapratio64}×" "$(meets "${heapratio64#>}" 6)" scaling
cat "$RESULTS/scaling.md"
