#!/usr/bin/env python3
"""Writes a lexicon on which one `str.count` per entity gives exactly NewsLens's counts: entries from the shipped
lexicons with plain aliases only (no patterns, excludes or metonyms) and no alias that overlaps another entry's
(one containing the other, or the end of one being the start of the other, word by word, in any letter case).
Where aliases of two entries overlap, NewsLens's leftmost-longest rule and independent per-entity counts differ,
so such entries are left out. Deterministic: entries are taken in file order.

usage: pick_lexicon.py ENTRIES OUT.yaml LEXICON.yaml [LEXICON.yaml ...]
"""
import sys

import yaml

import lexicon_entries


def tokens(alias):
    return alias.lower().split()


def overlaps(a, b):
    """True when a match of one alias can share words with a match of the other."""
    ta, tb = tokens(a), tokens(b)
    for x, y in ((ta, tb), (tb, ta)):
        for i in range(len(x)):
            rest = x[i:]
            if rest == y[:len(rest)] or (len(y) < len(rest) and rest[:len(y)] == y):
                return True
    return False


def main():
    want, out, paths = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    chosen, taken = [], []
    for e in lexicon_entries.load(paths):
        aliases = e.get("aliases", [])
        # Weak aliases and dateline places depend on the rest of the article (rules 7 and 8): no per-entity count can follow them.
        if e.get("exclude") or e.get("patterns") or e.get("weak") or e.get("datelines") or any(a.endswith("*") for a in aliases) or not aliases:
            continue
        if any(overlaps(a, b) for a in aliases for b in taken):
            continue
        chosen.append({k: e[k] for k in ("id", "label", "kind", "aliases", "case") if k in e})
        taken.extend(aliases)
        if len(chosen) == want:
            break
    with open(out, "w", encoding="utf-8") as f:
        yaml.safe_dump({"entries": chosen}, f, allow_unicode=True, sort_keys=False)
    print(f"{len(chosen)} entries, {len(taken)} aliases -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
