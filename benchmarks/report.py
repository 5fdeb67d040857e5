#!/usr/bin/env python3
"""Writes BENCHMARKS.md to stdout from one run's results directory; every number in it is read from there.

Usage: report.py RESULTS_DIR          the whole document
       report.py RESULTS_DIR PART     one part's section (jmh, fleet, coldstart or scaling), as the part
                                      scripts print it when they finish

The results directory holds what the part scripts wrote (see each script's header): jmh.json (JMH),
coldstart.json (hyperfine), fleet-meta.tsv and fleet-runs.tsv, scaling-runs.tsv, scaling-heap.tsv and
scaling-refused.tsv, load-PART.txt, and machine.tsv (run-all.sh). A stored.txt there says the results were
kept without some raw samples; measures that need them are then "not shown".
"""
import json
import math
import os
import random
import statistics
import sys

RESAMPLES = 10000  # bootstrap resamples; the seed is fixed, so the same results give the same document
LOADED = 1.5  # a 1-minute load average above this marks the run as noisy
PARTS = ("jmh", "coldstart", "fleet", "scaling")  # in the order run-all.sh runs them


class Ratio:
    """A measured ratio with its interval (lo, hi), or with the reason it has none (missing)."""

    def __init__(self, value, lo=None, hi=None, missing=None):
        self.value, self.lo, self.hi, self.missing = value, lo, hi, missing

    def shown(self, suffix=""):
        return f"{self.value:.2f}{suffix}"

    def interval(self, suffix=""):
        if self.missing:
            return "none"
        return f"[{num(self.lo)}{suffix}, {num(self.hi)}{suffix}]"

    def verdict(self, op, bound):
        """Met when the interval lies inside the target (op bound), NOT met when wholly outside, else not shown."""
        if self.missing:
            return f"not shown ({self.missing})"
        if op == "<=":
            inside, outside = self.hi <= bound, self.lo > bound
        else:
            inside, outside = self.lo >= bound, self.hi < bound
        return "met" if inside else "NOT met" if outside else "not shown (interval crosses the target)"


def bracket(ratio):
    """The interval after a ratio in a section's table; the targets table says why one is missing."""
    return "(no interval)" if ratio.missing else ratio.interval()


def score(jmh_score):
    value, error = jmh_score
    return f"{value:.1f} (no error)" if math.isnan(error) else f"{value:.1f} ± {error:.1f}"


def num(x):
    return "∞" if math.isinf(x) else f"{x:.2f}"


def percentile_interval(values):
    """The central 95% of the values (nearest rank)."""
    v = sorted(values)
    return v[int(0.025 * len(v))], v[int(0.975 * len(v)) - 1]


def paired_bootstrap(rows, stat):
    """95% percentile interval of stat(rows) over resamples of whole rows (rounds run side by side)."""
    rnd = random.Random(1)
    return percentile_interval(stat([rnd.choice(rows) for _ in rows]) for _ in range(RESAMPLES))


def ratio_of_medians(num_samples, den_samples):
    """median(num)/median(den), with a 95% bootstrap interval resampling the two sets independently."""
    value = statistics.median(num_samples) / statistics.median(den_samples)
    if len(num_samples) < 2 or len(den_samples) < 2:
        return Ratio(value, missing="one sample")
    rnd = random.Random(1)
    boot = (statistics.median([rnd.choice(num_samples) for _ in num_samples])
            / statistics.median([rnd.choice(den_samples) for _ in den_samples]) for _ in range(RESAMPLES))
    lo, hi = percentile_interval(boot)
    return Ratio(value, lo, hi)


def read_tsv(directory, name):
    path = os.path.join(directory, name)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def read_json(directory, name):
    path = os.path.join(directory, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Report:
    def __init__(self, directory):
        self.dir = directory
        self.targets = []  # (target, measured, interval, verdict)
        stored = os.path.join(directory, "stored.txt")
        self.stored_note = open(stored, encoding="utf-8").read().strip() if os.path.exists(stored) else None

    def target(self, name, ratio, op, bound, suffix=""):
        self.targets.append((f"{name} {'≤' if op == '<=' else '≥'} {bound:g}{suffix}", ratio.shown(suffix),
                             ratio.interval(suffix), ratio.verdict(op, bound)))

    def absent(self, name, why):
        self.targets.append((name, "", "", f"not shown ({why})"))

    # --- JMH -------------------------------------------------------------------------------------------
    def jmh(self):
        runs = read_json(self.dir, "jmh.json")
        if not runs:
            self.absent("engine/parse ≤ 1.5", "JMH not run")
            return ["No JMH results."]
        first = runs[0]
        out = [f"`benchmarks/jmh.sh` (JMH {first['jmhVersion']}, `EngineVsParse`, forks: {first['forks']}, warm-up:",
               f"{first['warmupIterations']} × {first['warmupTime']}, measurement: {first['measurementIterations']} × "
               f"{first['measurementTime']}; ± is JMH's 99.9% interval of the score). *DOM parse*:",
               "`DocumentBuilder.parse` of the bytes, namespace-aware, DOCTYPE refused, secure processing, with a new",
               "builder from a shared factory per parse (the usual one-shot parse; the issue's comparison) and with one",
               "builder reused (`reset()` before each parse: the parse alone, without building a parser; a stricter",
               "comparison this project added). *engine*: `ConfigEditor.plan(file, bytes, [new SetProxy(...)])`:",
               "decode, parse with spans, lint, locate, splice, re-read of the changed region, node-for-node",
               "verification, lint of the result, encode; no disk. The generated config is the sample with more",
               "appSettings entries, binding redirects and a custom section. On a tiny file the engine's fixed costs",
               "weigh most: the lint walks before and after the edit (an edit never adds a lint error), the survey of",
               "the file's style, the re-read and node comparison of the changed region, the encoding of the changed",
               "middle; each is part of a promise.",
               "",
               "Interval of a ratio engine/parse: from the two 99.9% intervals, [max(0, e − Δe)/(p + Δp), (e + Δe)/(p − Δp)]",
               "(∞ when p − Δp ≤ 0); it holds both scores' intervals at once, so it is conservative.",
               ""]
        rows = {}
        for r in runs:
            m = r["primaryMetric"]
            rows.setdefault(r["params"]["size"], {})[r["benchmark"].rsplit(".", 1)[1]] = (m["score"], float(m["scoreError"]))
        unit = first["primaryMetric"]["scoreUnit"].replace("us", "µs")
        out += [f"| config | DOM parse, new builder ({unit}) | DOM parse, reused builder ({unit}) | engine `proxy set` ({unit}) "
                "| engine/parse [interval] | engine/parse, reused builder [interval] |",
                "|---|---|---|---|---|---|"]
        labels = {"agent": "agent sample (~2 KB)", "200k": "generated (~200 KB)"}
        for size, label in labels.items():
            if size not in rows:
                continue
            p, q, e = rows[size]["domParse"], rows[size]["domParseReused"], rows[size]["engine"]
            new, reused = self.score_ratio(e, p), self.score_ratio(e, q)
            out.append(f"| {label} | {score(p)} | {score(q)} | {score(e)} "
                       f"| {new.shown()} {bracket(new)} | {reused.shown()} {bracket(reused)} |")
            self.target(f"engine/parse, {label}, DOM parse with a new builder:", new, "<=", 1.5)
            self.target(f"engine/parse, {label}, DOM parse with a reused builder:", reused, "<=", 1.5)
        return out

    @staticmethod
    def score_ratio(a, b):
        (sa, ea), (sb, eb) = a, b
        if math.isnan(ea) or math.isnan(eb):
            return Ratio(sa / sb, missing="JMH gave no error: too few iterations")
        return Ratio(sa / sb, max(0.0, sa - ea) / (sb + eb), (sa + ea) / (sb - eb) if sb > eb else math.inf)

    # --- Fleet -----------------------------------------------------------------------------------------
    def fleet(self):
        meta = dict(read_tsv(self.dir, "fleet-meta.tsv"))
        runs = read_tsv(self.dir, "fleet-runs.tsv")
        if not runs:
            self.absent("fleet b/a ≥ 1.5, a/c ≤ 1.3", "fleet not run")
            return ["No fleet results."]
        rounds = {}
        for rnd, order, who, seconds in runs:
            rounds.setdefault(int(rnd), {"order": order})[who] = float(seconds)
        table = [rounds[r] for r in sorted(rounds) if all(w in rounds[r] for w in "abc")]
        n, jobs = int(meta["files"]), meta["jobs"]
        out = ["`benchmarks/fleet.sh [N]`. Files are restored from a pristine copy (and `sync`ed) before every timed",
               "run. xmlstarlet takes no backup, never fsyncs and reformats the whole file (indentation, BOM, quotes);",
               "it is the peer, not an equivalent. The floor does no XML at all: per file a backup copy and fsync, a",
               "temporary copy and fsync, an atomic rename and directory syncs. (a) does more per file than the floor:",
               "it locks, reads and verifies, and writes the backup under a temporary name first and renames it, so",
               "that a crash never leaves a partial file under a backup's name. Each run starts right after the",
               "previous run's files were deleted, and that clean-up still costs the next run something on this kind",
               "of disk, so the rounds go through the orders of the three in turn, each contender following each",
               "other one equally often.",
               "",
               f"N = {n} files ({meta['variants']}), {meta['per_dir']} per directory, {len(table)} rounds; "
               f"--jobs {jobs} for (a) and (c); address {meta['address']}.",
               "",
               "| contender | median (s) | per file (ms) |",
               "|---|---|---|"]
        names = {"a": f"(a) `cli-shim/bin/aadcfg proxy set --files-from LIST --jobs {jobs} -q` (safe mode)",
                 "b": "(b) shell loop of `xmlstarlet ed -L`",
                 "c": f"(c) safe-I/O floor (`SafeIoFloor --jobs {jobs}`)"}
        for who, name in names.items():
            med = statistics.median(r[who] for r in table)
            out.append(f"| {name} | {med:.3f} | {med * 1000 / n:.2f} |")
        out += ["", "| round | order | (a) s | (b) s | (c) s | b/a | a/c |", "|---|---|---|---|---|---|---|"]
        for i, r in enumerate(table, 1):
            out.append(f"| {i} | {r['order']} | {r['a']:.3f} | {r['b']:.3f} | {r['c']:.3f} "
                       f"| {r['b'] / r['a']:.2f} | {r['a'] / r['c']:.2f} |")
        ba, ac = self.fleet_ratio(table, "b", "a"), self.fleet_ratio(table, "a", "c")
        out += ["", f"b/a = **{ba.shown()}** {bracket(ba)}, a/c = **{ac.shown()}** {bracket(ac)}: ratios of the",
                "medians over the rounds; the interval is the 95% percentile interval of the same ratio over",
                f"{RESAMPLES} bootstrap resamples of whole rounds (the three contenders of a round ran side by side)."]
        self.target(f"fleet b/a (N={n})", ba, ">=", 1.5)
        self.target(f"fleet a/c (N={n})", ac, "<=", 1.3)
        return out

    @staticmethod
    def fleet_ratio(table, x, y):
        def stat(rows):
            return statistics.median(r[x] for r in rows) / statistics.median(r[y] for r in rows)
        if len(table) < 2:
            return Ratio(stat(table), missing="one round")
        lo, hi = paired_bootstrap(table, stat)
        return Ratio(stat(table), lo, hi)

    # --- Cold start ------------------------------------------------------------------------------------
    def coldstart(self):
        data = read_json(self.dir, "coldstart.json")
        if not data:
            self.absent("cold start ≤ 6× hello-world", "cold start not run")
            return ["No cold-start results."]
        res = data["results"]
        hello = res[0]
        out = ["`benchmarks/coldstart.sh`: hyperfine (`-N`, 3 warm-ups) of `cli-shim/bin/aadcfg proxy set --dry-run`",
               "on the sample vs `java -cp benchmarks.jar io.github.aadcfg.benchmarks.Hello` on the same JVM. The",
               "interval of × hello is the 95% percentile interval of the ratio of medians over",
               f"{RESAMPLES} bootstrap resamples of each command's runs (hyperfine runs the commands one after the other,",
               "so the runs are not paired).",
               "",
               "| command | runs | median (ms) | mean ± σ (ms) | × hello [interval] |",
               "|---|---|---|---|---|"]
        for i, r in enumerate(res):
            rat = self.cold_ratio(r, hello)
            shown = "1.00" if i == 0 else f"{rat.shown()} {bracket(rat)}"
            runs = len(r["times"]) if r.get("times") else "not stored"
            out.append(f"| {r['command']} | {runs} | {r['median'] * 1000:.0f} | {r['mean'] * 1000:.0f} ± "
                       f"{r['stddev'] * 1000:.0f} | {shown} |")
            if i == 1:
                self.target("cold start (launcher) / hello-world", rat, "<=", 6, "×")
        return out

    def cold_ratio(self, r, hello):
        if not r.get("times") or not hello.get("times"):
            return Ratio(r["median"] / hello["median"], missing="no intervals in the stored run")
        return ratio_of_medians(r["times"], hello["times"])

    # --- Scaling ---------------------------------------------------------------------------------------
    def scaling(self):
        runs = read_tsv(self.dir, "scaling-runs.tsv")
        heap = read_tsv(self.dir, "scaling-heap.tsv")
        refused = dict(read_tsv(self.dir, "scaling-refused.tsv"))
        out = ["`benchmarks/scaling.sh`: `java -jar aadcfg.jar proxy set` (safe mode: lock, verified backup, atomic",
               "write) and `xmlstarlet ed -L` on the sample grown to 1, 4, 16 and 64 MiB of appSettings, under",
               "`/usr/bin/time -v`. Two heap measures for aadcfg, each against the target of 6× the file size:",
               "",
               "- *peak heap used*: the largest heap occupancy in the GC log (`-Xlog:gc,gc+heap+exit`: before each",
               "  collection and at exit) with the JVM's default heap sizing, garbage included, as users run it;",
               "  measured in every timed run, the interval is the range over the runs.",
               "- *heap needed*: the smallest `-Xmx` with which the same edit completes, by binary search to within",
               "  2 % (the peak of live data, which no collection can shrink); the search is repeated, the interval runs",
               "  from the largest `-Xmx` seen failing to the largest seen completing, over all searches. A heap that",
               "  is too small fails at once with a clear error: the input limits refuse a file that needs more than",
               "  the maximum heap before parsing (per character) or while parsing (per node), instead of running",
               "  out of memory after minutes of garbage collection.",
               ""]
        if not runs and not refused:
            self.absent("time(64 MiB)/time(1 MiB) ≤ 80, heap ≤ 6× file size", "scaling not run")
            return out + ["No scaling results."]
        sizes = {}
        for size, size_bytes, tool, run, seconds, rss, gc_peak in runs:
            s = sizes.setdefault(int(size), {"bytes": int(size_bytes), "aadcfg": [], "xmlstarlet": [], "stored": False})
            s[tool].append((float(seconds), int(rss), None if gc_peak == "-" else float(gc_peak)))
            s["stored"] |= run == "stored"
        for size, size_bytes, search, lo, hi in heap:
            s = sizes[int(size)]
            s.setdefault("searches", []).append((None if lo == "-" else int(lo), math.inf if hi == "-" else int(hi)))
            s["stored"] |= search == "stored"
        out += ["| size | runs | aadcfg time, median (s) | aadcfg peak RSS (MiB) | peak heap used (MiB) | ÷ file size "
                "[range] | heap needed (MiB) | ÷ file size [interval] | xmlstarlet time, median (s) | xmlstarlet peak RSS (MiB) |",
                "|---|---|---|---|---|---|---|---|---|---|"]
        measured = {}
        for size in sorted(set(sizes) | {int(k) for k in refused}):
            if str(size) in refused:
                out.append(f"| {size} MiB | refused by aadcfg: {refused[str(size)]} | | | | | | | | |")
                continue
            s = sizes[size]
            mib = s["bytes"] / 1048576
            a, x = s["aadcfg"], s["xmlstarlet"]
            peak = self.range_ratio([g for _, _, g in a], mib, s["stored"])
            need = self.heap_ratio(s.get("searches", []), mib, s["stored"])
            measured[size] = (s, peak, need)
            runs_shown = "stored medians" if s["stored"] else str(len(a))
            out.append(f"| {size} MiB | {runs_shown} | {statistics.median(t for t, _, _ in a):.2f} "
                       f"| {max(r for _, r, _ in a) // 1024} | {peak.value * mib:.0f} | {peak.shown()} {bracket(peak)} "
                       f"| {need.value * mib:.0f} | {need.shown()} {bracket(need)} "
                       f"| {statistics.median(t for t, _, _ in x):.2f} | {max(r for _, r, _ in x) // 1024} |")
        if 64 in measured and 1 in measured:
            t64, t1 = measured[64][0], measured[1][0]
            if t64["stored"] or t1["stored"]:
                q = Ratio(statistics.median(t for t, _, _ in t64["aadcfg"]) / statistics.median(t for t, _, _ in t1["aadcfg"]),
                          missing="no intervals in the stored run")
            else:
                q = ratio_of_medians([t for t, _, _ in t64["aadcfg"]], [t for t, _, _ in t1["aadcfg"]])
            out += ["", f"time(64 MiB)/time(1 MiB) = **{q.shown()}** {bracket(q)}: ratio of the median times; the",
                    f"interval is the 95% percentile interval over {RESAMPLES} bootstrap resamples of each size's runs."]
            self.target("aadcfg time(64 MiB)/time(1 MiB)", q, "<=", 80)
        else:
            self.absent("aadcfg time(64 MiB)/time(1 MiB) ≤ 80", self.why_no_64(refused, "64 MiB or 1 MiB not measured"))
        if 64 in measured:
            _, peak, need = measured[64]
            self.target("peak heap used during the 64 MiB run (GC log, default heap) ÷ file size", peak, "<=", 6, "×")
            self.target("heap needed for the 64 MiB file (smallest -Xmx that completes) ÷ file size", need, "<=", 6, "×")
        else:
            self.absent("peak heap used and heap needed at 64 MiB ≤ 6× file size", self.why_no_64(refused, "64 MiB not measured"))
        return out

    @staticmethod
    def why_no_64(refused, otherwise):
        return f"64 MiB refused: {refused['64']}" if "64" in refused else otherwise

    @staticmethod
    def range_ratio(values, mib, stored):
        value = statistics.median(values) / mib
        if stored:
            return Ratio(value, missing="no intervals in the stored run")
        if len(values) < 2:
            return Ratio(value, missing="one sample")
        return Ratio(value, min(values) / mib, max(values) / mib)

    @staticmethod
    def heap_ratio(searches, mib, stored):
        if not searches:
            return Ratio(math.nan, missing="not searched")
        value = statistics.median(hi for _, hi in searches) / mib
        if stored:
            return Ratio(value, missing="no intervals in the stored run")
        if len(searches) < 2:
            return Ratio(value, missing="one search")
        failing = [lo for lo, _ in searches if lo is not None]
        return Ratio(value, (max(failing) if failing else 0) / mib, max(hi for _, hi in searches) / mib)

    # --- the document ----------------------------------------------------------------------------------
    def machine(self):
        m = dict(read_tsv(self.dir, "machine.tsv"))
        out = ["| | |", "|---|---|"]
        labels = [("written", "written"), ("cpu", "CPU"), ("ram", "RAM"), ("jdk", "JDK"), ("os_disk", "OS / disk"),
                  ("tools", "tools")]
        out += [f"| {label} | {m[key]} |" for key, label in labels if key in m]
        loads = []
        if "load_before" in m:
            out.append(f"| load average (1, 5, 15 min) | run-all.sh: before {m['load_before']}, after {m['load_after']} |")
            loads += [float(m["load_before"].split()[0]), float(m["load_after"].split()[0])]
        for part in PARTS:
            path = os.path.join(self.dir, f"load-{part}.txt")
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:  # lines "start|end TIME LOAD1 LOAD5 LOAD15"
                when = {w[0]: w[1:] for w in (line.split() for line in f) if len(w) == 5}
            start, end = when.get("start", ["?"] * 4), when.get("end", ["?"] * 4)
            span = f"ended {end[0]}" if start[0] == "?" else f"{start[0]} to {end[0]}"
            out.append(f"| {part}: measured | {span}; load average at start {' '.join(start[1:])}, "
                       f"at end {' '.join(end[1:])} |")
            loads += [float(w[1]) for w in (start, end) if w[1] != "?"]
        if any(v > LOADED for v in loads):
            out += ["", f"**The 1-minute load average went above {LOADED} during this run** (the benchmarks' own work,",
                    "such as JMH's forks and the batch's jobs, counts too; see the loads above), so absolute times are",
                    "noisier and the intervals wider; the ratios are measured side by side in the same run."]
        return out

    def document(self):
        sections = [("1. JMH: engine vs the JDK's DOM parse", self.jmh()), ("2. Fleet", self.fleet()),
                    ("3. Cold start", self.coldstart()), ("4. Scaling", self.scaling())]
        out = ["# Benchmarks", "",
               "Written by `benchmarks/run-all.sh` (with `benchmarks/report.py`) from the results of one run, which",
               "it stores in `benchmarks/baseline/`; every number below is read from those files. Do not edit by hand:",
               "run the scripts again (`benchmarks/run-all.sh --from-results benchmarks/baseline` rewrites this file",
               "from the stored results)."]
        if self.stored_note:
            out += ["", self.stored_note]
        out += ["", "## Machine", ""] + self.machine()
        out += ["", "## Targets", "",
                "A target is *met* only when the measured ratio's whole interval lies inside it, *NOT met* when the",
                "whole interval lies outside, and *not shown* otherwise (or when there is no interval). How each",
                "interval is computed is said in its section: JMH's 99.9% intervals propagated to the ratio; 95%",
                "bootstrap intervals for the fleet (resampling rounds), cold start and time ratios (resampling runs);",
                "the range over runs and repeated searches for the heap.",
                "", "| target | measured | interval | |", "|---|---|---|---|"]
        out += [f"| {t} | {m} | {i} | {v} |" for t, m, i, v in self.targets]
        for title, body in sections:
            out += ["", f"## {title}", ""] + body
        out += ["", "## Reproduce", "", "```sh",
                "mvn -B -Pbenchmarks -pl cli-shim,benchmarks -am package -DskipTests   # aadcfg.jar + benchmarks.jar",
                "benchmarks/run-all.sh          # everything: rewrites BENCHMARKS.md and benchmarks/baseline/",
                "benchmarks/jmh.sh              # or one part: jmh.sh, fleet.sh [N], coldstart.sh, scaling.sh [MiB...]",
                "benchmarks/run-all.sh --from-results benchmarks/baseline   # rewrites BENCHMARKS.md from stored results",
                "# profile the engine: java -XX:StartFlightRecording=filename=plan.jfr -cp benchmarks/target/benchmarks.jar \\",
                "#   io.github.aadcfg.benchmarks.ProfileLoop 200k 20 && jfr print --events jdk.ExecutionSample plan.jfr",
                "```"]
        return out


def main():
    report = Report(sys.argv[1])
    if len(sys.argv) > 2:
        lines = getattr(report, sys.argv[2])() + ["", "| target | measured | interval | |", "|---|---|---|---|"]
        lines += [f"| {t} | {m} | {i} | {v} |" for t, m, i, v in report.targets]
    else:
        lines = report.document()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
