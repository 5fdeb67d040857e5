#!/usr/bin/env bash
# Fleet: N agent configs of mixed variants (the sample and every lint-clean testdata/variants file,
# 100 per directory), then ROUNDS rounds of the three, side by side in rotating order:
#   (a) ONE `aadcfg proxy set --address ... --files-from LIST` over all files, default safe mode
#       (lock, verified backup beside each file, temp + fsync + atomic rename + directory sync), --jobs JOBS;
#   (b) a shell loop of `xmlstarlet ed -L` making the same edit (no backup, no fsync, reformats the file);
#   (c) the safe-I/O floor: SafeIoFloor (benchmarks module), per file a backup copy + fsync, a directory
#       sync, a temp write + fsync, an atomic rename and a directory sync, with no XML, --jobs JOBS.
# The files are restored from a pristine copy before every timed run. Writes RESULTS/fleet-meta.tsv (the
# setup) and RESULTS/fleet-runs.tsv (round, order, contender, seconds: every timed run), then prints its
# section of BENCHMARKS.md.
# Usage: benchmarks/fleet.sh [N] (env: ROUNDS=6, JOBS=2, ADDRESS=http://proxy.contoso.com:3128,
# PER_DIR=100: files per directory; PER_DIR=N puts the whole fleet in one directory)
source "$(dirname "$0")/lib.sh"
ensure_built
load_start fleet
ensure_tool xmlstarlet
n=${1:-${FLEET_N:-10000}}
rounds=${ROUNDS:-6}
jobs=${JOBS:-2}
# an address no variant has yet, so that every file is really written by every contender
address=${ADDRESS:-http://proxy.contoso.com:3128}
per_dir=${PER_DIR:-100}
pristine=$WORK/fleet-pristine-$n$([ "$per_dir" = 100 ] || echo "-per$per_dir")
live=$WORK/fleet
list=$WORK/fleet.list
if [ ! -d "$pristine" ]; then
  "$JAVA" -cp "$BENCH_JAR" io.github.aadcfg.benchmarks.Fleet "$n" "$REPO/testdata" "$pristine.tmp" "$per_dir" \
    > "$WORK/fleet-variants.txt"
  mv "$pristine.tmp" "$pristine"
fi
variants=$(cat "$WORK/fleet-variants.txt")
(cd "$pristine" && find . -name '*.config' | sort | sed "s|^\./|$live/|") > "$list"

restore() { rm -rf "$live"; cp -a "$pristine" "$live"; sync; sleep 5; }

run_a() { "$AADCFG" proxy set --address "$address" --files-from "$list" --jobs "$jobs" -q; }
run_b() {
  while IFS= read -r f; do
    xmlstarlet ed -L \
      -d '/*/*[local-name()="system.net"]/*[local-name()="defaultProxy"]' \
      -s '/*[not(*[local-name()="system.net"])]' -t elem -n system.net -v '' \
      -s '/*/*[local-name()="system.net"]' -t elem -n defaultProxy -v '' --var dp '$prev' \
      -s '$dp' -t attr -n enabled -v true \
      -s '$dp' -t attr -n useDefaultCredentials -v true \
      -s '$dp' -t elem -n proxy -v '' --var p '$prev' \
      -s '$p' -t attr -n usesystemdefault -v true \
      -s '$p' -t attr -n proxyaddress -v "$address" \
      -s '$p' -t attr -n bypassonlocal -v true "$f"
  done < "$list"
}
run_c() { "$JAVA" -cp "$BENCH_JAR" io.github.aadcfg.benchmarks.SafeIoFloor --jobs "$jobs" "$list" >/dev/null; }

check_a() { # every file has the proxy, and one backup
  local baks; baks=$(find "$live" -name '*.bak' | wc -l)
  [ "$baks" = "$n" ] || { echo "fleet (a): expected $n backups, found $baks" >&2; exit 1; }
}

printf '%s\t%s\n' files "$n" variants "$variants" per_dir "$per_dir" rounds "$rounds" jobs "$jobs" \
  address "$address" > "$RESULTS/fleet-meta.tsv"
runs=$RESULTS/fleet-runs.tsv
printf '# round\torder\tcontender\tseconds\n' > "$runs"
# Each run starts right after the previous run's files were deleted and the pristine copy restored, and on
# this kind of disk that cleanup still costs the next run something: (a) and (c) leave twice as many files to
# delete as (b). So the order goes through all six permutations, one per round, and each contender
# follows each other one equally often (rotating a b c, b c a, c a b keeps the same neighbours: (a) then
# always came after (c)); restore() also lets the disk settle before the next run.
orders=("a b c" "b c a" "c a b" "a c b" "c b a" "b a c")
for r in $(seq 1 "$rounds"); do
  order=${orders[$(( (r - 1) % 6 ))]}
  for who in $order; do
    restore
    t0=$(now); "run_$who"; t1=$(now)
    t=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b-a}')
    [ "$who" = a ] && check_a
    echo "round $r ($who): ${t}s" >&2
    printf '%s\t%s\t%s\t%s\n' "$r" "$order" "$who" "$t" >> "$runs"
  done
done
restore
report_part fleet
