#!/usr/bin/env python3
"""Prints sidebyside.sh's Markdown table from its work folder: timings.txt (per run "NAME start end peak_kb", or
"NAME failed STATUS") and each way's output, NAME.out. Counts are compared with newslens's per (period, entity):
mentions and articles.

usage: sidebyside_table.py WORKDIR CORPUS CORES RE_CORPUS|- RE_REFERENCE.csv LEXICON.yaml [LEXICON.yaml ...]
"""
import csv
import os
import statistics
import sys
from collections import defaultdict

import lexicon_entries

SHOWN_DIFFERENCES = 10


def load_counts(path):
    with open(path, encoding="utf-8") as f:
        return {(r["period"], r["entity"]): (int(r["mentions"]), int(r["articles"])) for r in csv.DictReader(f)}


def differences(reference, other):
    """Rows compared, and (key, newslens, other) for each (period, entity) whose mentions or articles differ."""
    keys = sorted(reference.keys() | other.keys())
    return len(keys), [(k, reference.get(k), other.get(k)) for k in keys if reference.get(k) != other.get(k)]


def load_timings(path):
    """Per way: run times in seconds, the highest peak RSS in MiB; and the exit status of ways that failed."""
    seconds, peak, failed = defaultdict(list), defaultdict(float), {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, *fields = line.split()
            if fields[0] == "failed":
                failed[name] = fields[1]
                continue
            start, end, peak_kb = fields
            seconds[name].append(float(end) - float(start))
            peak[name] = max(peak[name], int(peak_kb) / 1024)
    return seconds, peak, failed


def rate(x):
    """MB/s with three significant digits at least: slow ways run at hundredths."""
    return f"{x:.1f}" if x >= 10 else f"{x:.3g}"


def shown(counts):
    return "-" if counts is None else f"{counts[0]}/{counts[1]}"


def count_lines(path):
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def main():
    work, corpus, cores, re_corpus, re_reference = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
    lexicons = sys.argv[6:]

    def output(name):
        return os.path.join(work, name + ".out")

    size = os.path.getsize(corpus)
    seconds, peak, failed = load_timings(os.path.join(work, "timings.txt"))
    if "newslens" in failed:
        sys.exit(f"newslens failed (exit {failed['newslens']}): nothing to compare with")
    newslens = load_counts(output("newslens"))
    differing = {}

    def agreement(name, reference, scope=""):
        compared, diff = differences(reference, load_counts(output(name)))
        differing[name] = diff
        return f"yes{scope} ({compared} rows)" if not diff else f"no{scope}: {len(diff)} of {compared} rows differ"

    def rg_lines(name):
        with open(output(name), encoding="utf-8") as f:
            return f"n/a (counts lines: {f.read().strip() or 0})"

    re_label, re_bytes, re_scope = "pandas + re (count_mentions.py)", size, ""
    if re_corpus not in ("-", corpus):
        re_bytes = os.path.getsize(re_corpus)
        re_label += (f", timed on the first {count_lines(re_corpus):,} lines ({re_bytes / 1e6:.1f} MB) "
                     f"and extrapolated by bytes")
        re_scope = " on those lines"
    ways = [  # name, label, cores used, bytes read, counts column
        ("newslens", "newslens count", cores, size, lambda: f"reference ({len(newslens)} rows)"),
        ("pandas_read", "pandas read_json (reading only)", 1, size, lambda: "n/a (reads only)"),
        ("pandas_re", re_label, 1, re_bytes, lambda: agreement("pandas_re", load_counts(re_reference), re_scope)),
        ("ahocorasick", "pyahocorasick (ahocorasick_mentions.py)", 1, size, lambda: agreement("ahocorasick", newslens)),
        ("rg_w", "rg -F -w -c -j1", 1, size, lambda: rg_lines("rg_w")),
        ("rg", "rg -F -c -j1", 1, size, lambda: rg_lines("rg")),
    ]

    entries = len(lexicon_entries.load(lexicons))
    print(f"corpus: {corpus}, {size / 1e6:.1f} MB (10^6 bytes), {count_lines(corpus):,} lines; lexicon: "
          f"{' '.join(lexicons)} ({entries} entries, {count_lines(os.path.join(work, 'aliases.txt'))} distinct plain aliases)")
    print(f"wall: median of {len(seconds['newslens'])} runs of the whole process (bash $EPOCHREALTIME around it); "
          f"peak RSS: highest GNU `/usr/bin/time -f %M` of the runs; MB/s: corpus bytes / wall; per core: divided by "
          f"the cores the way uses (newslens: nproc = {cores})")
    print()
    print("| way | cores | wall s | peak RSS MiB | MB/s | MB/s per core | time ÷ newslens | counts agree with newslens |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    newslens_s = statistics.median(seconds["newslens"])
    for name, label, used, read, counts in ways:
        if name in failed:
            print(f"| {label} | {used} | | | | | | failed (exit {failed[name]}) |")
            continue
        if name not in seconds:
            print(f"| {label} | {used} | | | | | | skipped (SKIP_RE=1) |")
            continue
        measured = statistics.median(seconds[name])
        wall = measured * size / read
        mb_s = read / 1e6 / measured
        print(f"| {label} | {used} | {wall:.3f} | {peak[name]:.0f} | {rate(mb_s)} | {rate(mb_s / used)} | "
              f"{wall / newslens_s:.2f}× | {counts()} |")

    print()
    print("pyahocorasick counts plain aliases with rules 1-5 and drops repeated articles as newslens does; it leaves "
          "out patterns, excludes, weak aliases, datelines and metonyms (pick_lexicon.py's lexicons have none).")
    print("rg searches the raw JSON bytes (every field, JSON escapes, letter case as the aliases are written) and "
          "counts matching lines, not mentions.")
    for name, diff in differing.items():
        if diff:
            print(f"\n{name}: rows that differ (period entity: newslens mentions/articles vs {name}'s), "
                  f"first {min(len(diff), SHOWN_DIFFERENCES)} of {len(diff)}:")
            for (period, entity), ours, theirs in diff[:SHOWN_DIFFERENCES]:
                print(f"    {period} {entity}: {shown(ours)} vs {shown(theirs)}")


if __name__ == "__main__":
    main()
