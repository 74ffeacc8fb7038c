#!/usr/bin/env python3
"""Counts lexicon mentions with one pyahocorasick automaton of every alias, in plain Python (no pandas): each JSONL
record is read with json.loads, its title and body are normalised as NewsLens reads them (NFC, straight quotes,
whitespace runs as one space, line breaks kept for rule 4), and the automaton's hits are kept when they have
letter/digit boundaries (rule 3) and the entry's letter case (rule 4, capitals in headlines and datelines included),
then resolved leftmost-longest without overlap (rule 5). Plain aliases only: patterns, excludes, weak aliases,
datelines and metonyms are left out (with a note on stderr), so on a lexicon from pick_lexicon.py the counts are
NewsLens's. Writes period,entity,mentions,articles per month (period as NewsLens writes it, YYYY-MM-01), sorted.

usage: ahocorasick_mentions.py CORPUS.jsonl LEXICON.yaml [LEXICON.yaml ...] > counts.csv
needs: Debian's python3-ahocorasick and python3-yaml (run with /usr/bin/python3)
"""
import json
import sys
import unicodedata
from collections import Counter

import ahocorasick

import lexicon_entries

PERSONISH = {"person", "country", "organization", "place"}
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u201b": "'",
                             "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'})
LEFT_OUT = ("patterns", "exclude", "weak", "datelines", "metonyms")


def is_word(c):
    """Rule 3: a letter or decimal digit (.NET's char.IsLetterOrDigit)."""
    return c.isalpha() or c.isdecimal()


def same_length_upper(phrase):
    """Per-character capitals, as .NET's char.ToUpperInvariant ('ß' stays 'ß')."""
    return "".join(u if len(u := c.upper()) == 1 else c for c in phrase)


class Alias:
    """One alias as compared: normalised text, its owner, and what rule 4 allows for it."""

    def __init__(self, text, entity, sensitive):
        self.text = text
        self.entity = entity
        self.sensitive = sensitive
        self.capitals = same_length_upper(text) if any(c.islower() for c in text) else None


def build_automaton(entries):
    """One automaton of lower-cased aliases; each key holds its aliases in lexicon order (the tie-break)."""
    automaton = ahocorasick.Automaton()
    left_out = Counter()
    for index, e in enumerate(entries):
        case = e.get("case")
        sensitive = case == "sensitive" if case else e["kind"] in PERSONISH
        for key in LEFT_OUT:
            left_out[key] += len(e.get(key, []))
        for phrase in e.get("aliases", []):
            if phrase.endswith("*"):
                left_out["patterns"] += 1
                continue
            text = " ".join(unicodedata.normalize("NFC", phrase).translate(APOSTROPHES).split())
            key = text.lower()
            aliases = automaton.get(key, (len(key), []))
            aliases[1].append(Alias(text, index, sensitive))
            automaton.add_word(key, aliases)
    automaton.make_automaton()
    if sum(left_out.values()):
        print("ahocorasick_mentions.py: left out (counts will differ from newslens): " +
              ", ".join(f"{n} {k}" for k, n in left_out.items() if n), file=sys.stderr)
    return automaton


def normalised(text, keep_lines):
    """Rule 2: NFC, straight quotes, whitespace runs as one space; with keep_lines a run holding a line break is one
    newline (NewsLens keeps the body's lines, which rule 4 reads; titles are one line)."""
    if not text.isascii():  # ASCII text is in NFC and has no curly quotes
        text = unicodedata.normalize("NFC", text).translate(APOSTROPHES)
    if not keep_lines:
        return " ".join(text.split())
    return "\n".join(line for line in (" ".join(raw.split()) for raw in text.splitlines()) if line)


def lower_same_length(text):
    """Lower case with offsets kept (Python lowers 'İ' to two characters, .NET to one)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def capital_word(text, i, step):
    """The nearest word from i in direction step, on the same line, is in capitals (two letters or more)."""
    while 0 <= i < len(text) and not text[i].isalpha():
        if text[i] == "\n":
            return False
        i += step
    letters = 0
    while 0 <= i < len(text) and text[i].isalpha():
        if not text[i].isupper():
            return False
        letters += 1
        i += step
    return letters >= 2


def in_capitals(text, start, end):
    """Rule 4's exception: capitals next to an uppercase word on the same line, or opening a line before a comma,
    bracket or dash (a wire dateline)."""
    before = start - 1
    while before >= 0 and text[before] == " ":
        before -= 1
    if before < 0 or text[before] == "\n":
        after = end
        while after < len(text) and text[after] == " ":
            after += 1
        if after < len(text) and text[after] in ",(-\u2013\u2014":
            return True
    return capital_word(text, start - 1, -1) or capital_word(text, end, +1)


def has_case(alias, text, start, end):
    """Rule 4: exact letters for a case-sensitive alias, or its capitals where the text is set in capitals."""
    if not alias.sensitive:
        return True
    found = text[start:end]
    if found == alias.text:
        return True
    return alias.capitals == found and text[start].isupper() and in_capitals(text, start, end)


def find(automaton, title, body):
    """Entity of each mention in title and body, leftmost-longest without overlap."""
    # Rule 1: title and body; NUL between them in the searched copy keeps a phrase from running across, a line
    # break in the kept copy ends the title's line for rule 4.
    title, body = normalised(title, keep_lines=False), normalised(body, keep_lines=True)
    text = title + "\n" + body
    searched = lower_same_length(title) + "\0" + lower_same_length(body).replace("\n", " ")
    candidates = []
    for last, (length, aliases) in automaton.iter(searched):
        start, end = last - length + 1, last + 1
        if (start > 0 and is_word(text[start - 1])) or (end < len(text) and is_word(text[end])):
            continue
        for alias in aliases:
            if has_case(alias, text, start, end):
                candidates.append((start, -length, alias.entity))
                break
    candidates.sort()
    taken = 0
    for start, negative_length, entity in candidates:
        if start >= taken:
            taken = start - negative_length
            yield entity


def url_key(url):
    """A url as NewsLens compares them: no fragment or trailing slash, scheme and host in lower case."""
    scheme, sep, rest = url.strip().split("#", 1)[0].rstrip("/").partition("://")
    host, slash, path = rest.partition("/")
    return (scheme + sep + host).lower() + slash + path


def main():
    corpus, lexicon_paths = sys.argv[1], sys.argv[2:]
    entries = lexicon_entries.load(lexicon_paths)
    automaton = build_automaton(entries)
    mentions, articles = Counter(), Counter()
    seen_urls, seen_contents = set(), set()
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            title, published = " ".join((record.get("title") or "").split()), record.get("published") or ""
            text, url = record.get("text") or "", record.get("url")
            # NewsLens skips a record without a title, and a repeat of an earlier article's url or title, date and
            # text (kept as hashes here, as digests there); undated articles are left out of its monthly CSV.
            url = url and url_key(url)
            content = hash((title, published, text))
            if not title or (url and url in seen_urls) or content in seen_contents:
                continue
            if url:
                seen_urls.add(url)
            seen_contents.add(content)
            if len(published) < 7:
                continue
            found = Counter(find(automaton, title, text))
            period = published[:7] + "-01"
            for entity, n in found.items():
                mentions[period, entity] += n
                articles[period, entity] += 1
    out = sys.stdout
    out.write("period,entity,mentions,articles\n")
    for period, entity in sorted(mentions, key=lambda k: (k[0], entries[k[1]]["id"])):
        out.write(f"{period},{entries[entity]['id']},{mentions[period, entity]},{articles[period, entity]}\n")


if __name__ == "__main__":
    main()
