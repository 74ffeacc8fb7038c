#!/usr/bin/env python3
"""The pandas way as a pandas user writes it: `pandas.read_json`, then one `Series.str.count` per entity (its
aliases in one regex, longest first, letter/digit boundaries, whitespace runs inside phrases), then a monthly
`groupby`. On a lexicon from pick_lexicon.py (no overlapping aliases, no patterns or excludes) this applies
NewsLens's rules exactly. Writes the CSV of `newslens count --period month` so the two can be diffed.

usage: strcount_mentions.py CORPUS.jsonl LEXICON.yaml > timeline.csv
"""
import re
import sys

import pandas as pd

import lexicon_entries
import timeline_csv

PERSONISH = {"person", "country", "organization", "place"}
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u201b": "'",
                             "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'})
WORD = r"[^\W_]"


def entity_regex(e):
    case = e.get("case")
    sensitive = case == "sensitive" if case else e["kind"] in PERSONISH
    phrases = sorted({" ".join(a.split()) for a in e["aliases"]}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(t) for t in p.split()) for p in phrases)
    return re.compile(rf"(?<!{WORD})(?:{body})(?!{WORD})", 0 if sensitive else re.IGNORECASE)


def main():
    corpus, lexicon = sys.argv[1], sys.argv[2]
    entries = lexicon_entries.load([lexicon])

    df = pd.read_json(corpus, lines=True, dtype={"title": str, "text": str})
    # Rule 2: NFC and straight apostrophes; rule 1: title and body, counted apart so no match crosses them.
    title = df["title"].fillna("").str.normalize("NFC").str.translate(APOSTROPHES)
    text = df["text"].fillna("").str.normalize("NFC").str.translate(APOSTROPHES)
    words = r"[^\W_]+(?:['\u2019-][^\W_]+)*"
    df["words"] = title.str.count(words) + text.str.count(words)
    df["period"] = pd.to_datetime(df["published"]).dt.to_period("M").dt.start_time

    counts = pd.DataFrame({e["id"]: title.str.count(rx) + text.str.count(rx)
                           for e, rx in ((e, entity_regex(e)) for e in entries)})
    counts["period"] = df["period"]
    long = counts.melt(id_vars="period", var_name="entity", value_name="mentions")
    long = long[long["mentions"] > 0]
    per_entity = long.groupby(["period", "entity"], as_index=False).agg(mentions=("mentions", "sum"), articles=("mentions", "size"))
    per_period = df.groupby("period").agg(period_articles=("title", "size"), period_words=("words", "sum"))
    timeline_csv.write(per_entity, per_period, entries)

if __name__ == "__main__":
    main()
