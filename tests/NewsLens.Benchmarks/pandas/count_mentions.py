#!/usr/bin/env python3
"""The pandas way: count lexicon mentions in a JSONL corpus with `re`, applying NewsLens's six matching rules,
then group by month. Writes the same CSV as `newslens count --period month` so the two can be diffed.

usage: count_mentions.py CORPUS.jsonl LEXICON.yaml [LEXICON.yaml ...] > timeline.csv
"""
import re
import sys
import unicodedata
from collections import Counter

import pandas as pd
import lexicon_entries
import timeline_csv

PERSONISH = {"person", "country", "organization", "place"}
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u201b": "'",
                             "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'})
WORD = r"[^\W_]"  # a letter or digit (rule 3)


def normalise(text):
    """Rule 2: NFC, straight apostrophes and quotes."""
    return unicodedata.normalize("NFC", text).translate(APOSTROPHES)


def phrase_regex(phrase, is_pattern):
    """Rule 2: any whitespace run matches the space inside a phrase; a trailing * runs to the end of the word."""
    body = r"\s+".join(re.escape(token) for token in phrase.split())
    return body + (WORD + "*" if is_pattern else "")


def compile_lexicon(entries):
    """One alternation, longest phrase first, so the leftmost match is also the longest (rule 5)."""
    alternatives = []  # (length, order, regex, entity index)
    excludes = {}
    for e_index, e in enumerate(entries):
        case = e.get("case")
        sensitive = case == "sensitive" if case else e["kind"] in PERSONISH
        flags = "" if sensitive else "(?i:"
        for alias in e.get("aliases", []) + e.get("patterns", []):
            text = " ".join(normalise(alias).split())
            is_pattern = text.endswith("*")
            stem = text[:-1] if is_pattern else text
            rx = phrase_regex(stem, is_pattern)
            alternatives.append((len(stem), not is_pattern, len(alternatives), flags + rx + (")" if flags else ""), e_index))
        ex = [phrase_regex(" ".join(normalise(x).split()), False) for x in e.get("exclude", [])]
        if ex:
            pattern = rf"(?<!{WORD})(?:{'|'.join(ex)})(?!{WORD})"
            excludes[e_index] = re.compile(pattern if sensitive else "(?i)" + pattern)
    alternatives.sort(key=lambda a: (-a[0], not a[1], a[2]))
    groups = "|".join(f"({a[3]})" for a in alternatives)
    owner = [a[4] for a in alternatives]
    return re.compile(rf"(?<!{WORD})(?:{groups})(?!{WORD})"), owner, excludes


def count_article(title, text, matcher, owner, excludes):
    # Rule 1: title and body only; a NUL between them keeps matches from crossing.
    searched = normalise(title) + "\0" + normalise(text or "")
    counts = Counter()
    for m in matcher.finditer(searched):
        entity = owner[m.lastindex - 1]
        ex = excludes.get(entity)
        if ex and any(x.start() <= m.start() and m.end() <= x.end() for x in ex.finditer(searched)):
            continue  # rule 6
        counts[entity] += 1
    return counts


def main():
    corpus, lexicon_paths = sys.argv[1], sys.argv[2:]
    entries = lexicon_entries.load(lexicon_paths)
    matcher, owner, excludes = compile_lexicon(entries)

    df = pd.read_json(corpus, lines=True, dtype={"title": str, "text": str})
    df["published"] = pd.to_datetime(df["published"]).dt.to_period("M").dt.start_time
    df["words"] = (df["title"] + "\n\n" + df["text"]).str.count(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
    df["counts"] = [count_article(t, b, matcher, owner, excludes) for t, b in zip(df["title"], df["text"])]

    rows = [(p, e, n) for p, c in zip(df["published"], df["counts"]) for e, n in c.items()]
    if not rows:  # no mentions at all: the header alone, as newslens writes it
        print(",".join(timeline_csv.COLUMNS))
        return
    mentions = pd.DataFrame(rows, columns=["period", "entity_index", "mentions"])
    mentions["articles"] = 1
    per_entity = mentions.groupby(["period", "entity_index"], as_index=False)[["mentions", "articles"]].sum()
    per_entity["entity"] = [entries[i]["id"] for i in per_entity["entity_index"]]
    per_period = df.groupby("published").agg(period_articles=("title", "size"), period_words=("words", "sum"))
    per_period.index.name = "period"
    timeline_csv.write(per_entity, per_period, entries)

if __name__ == "__main__":
    main()
