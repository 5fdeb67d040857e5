#!/usr/bin/env bash
# Fleet: N agent configs of mixed variants (the sample and every lint-clean testdata/variants file,
# 100 per directory), then, alternating in one run, median of ROUNDS:
#   (a) ONE `aadcfg proxy set --address ... --files-from LIST` over all files, default safe mode
#       (lock, verified backup beside each file, temp + fsync + atomic rename + directory sync), --jobs JOBS;
#   (b) a shell loop of `xmlstarlet ed -L` making the same edit (no backup, no fsync, reformats the file);
#   (c) the safe-I/O floor: SafeIoFloor (benchmarks module), per file a backup copy + fsync, a directory
#       sync, a temp write + fsync, an atomic rename and a directory sync, with no XML, --jobs JOBS.
# The files are restored from a pristine copy before every timed run. Writes target/results/fleet.md.
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

ta=(); tb=(); tc=()
# Each run starts right after the previous run's files were deleted and the pristine copy restored, and on
# this kind of disk that cleanup still costs the next run something: (a) and (c) leave 20,000 files to
# delete, (b) 10,000. So the order goes through all six permutations, one per round, and each contender
# follows each other one equally often (rotating a b c, b c a, c a b keeps the same neighbours: (a) then
# always came after (c)); restore() also lets the disk settle before the next run.
orders=("a b c" "b c a" "c a b" "a c b" "c b a" "b a c")
for r in $(seq 1 "$rounds"); do
  for who in ${orders[$(( (r - 1) % 6 ))]}; do
    restore
    t0=$(now); "run_$who"; t1=$(now)
    t=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b-a}')
    [ "$who" = a ] && check_a
    echo "round $r ($who): ${t}s" >&2
    case $who in a) ta+=("$t");; b) tb+=("$t");; c) tc+=("$t");; esac
  done
done
restore
ma=$(median "${ta[@]}"); mb=$(median "${tb[@]}"); mc=$(median "${tc[@]}")
ba=$(ratio "$mb" "$ma"); ac=$(ratio "$ma" "$mc")
{
  echo "N = $n files ($variants), $per_dir per directory, $rounds rounds, one per order of the three (a b c, b c a, c a b, a c b, c b a, b a c); --jobs $jobs for (a) and (c); address $address."
  echo
  echo "| contender | median (s) | per file (ms) | all runs (s) |"
  echo "|---|---|---|---|"
  echo "| (a) \`cli-shim/bin/aadcfg proxy set --files-from LIST --jobs $jobs -q\` (safe mode) | $ma | $(awk -v t="$ma" -v n="$n" 'BEGIN{printf "%.2f", t*1000/n}') | ${ta[*]} |"
  echo "| (b) shell loop of \`xmlstarlet ed -L\` | $mb | $(awk -v t="$mb" -v n="$n" 'BEGIN{printf "%.2f", t*1000/n}') | ${tb[*]} |"
  echo "| (c) safe-I/O floor (SafeIoFloor --jobs $jobs) | $mc | $(awk -v t="$mc" -v n="$n" 'BEGIN{printf "%.2f", t*1000/n}') | ${tc[*]} |"
  echo
  echo "b/a = **$ba**, a/c = **$ac**"
} > "$RESULTS/fleet.md"
rm -f "$RESULTS/targets-fleet.md"
target "fleet b/a ≥ 1.5 (N=$n)" "$ba" "$(meets "$ba" 1.5 ge)" fleet
target "fleet a/c ≤ 1.3 (N=$n)" "$ac" "$(meets "$ac" 1.3)" fleet
cat "$RESULTS/fleet.md"
