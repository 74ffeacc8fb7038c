#!/usr/bin/env python3
"""Prints the plain aliases of lexicons, one per line, each once, in lexicon order: the literal list for
`rg -F -f` (patterns, whose trailing * no literal search knows, are left out, as ahocorasick_mentions.py does).

usage: lexicon_aliases.py LEXICON.yaml [LEXICON.yaml ...] > aliases.txt
"""
import sys

import lexicon_entries


def main():
    seen = set()
    for e in lexicon_entries.load(sys.argv[1:]):
        for alias in e.get("aliases", []):
            text = " ".join(alias.split())
            if text and not text.endswith("*") and text not in seen:
                seen.add(text)
                print(text)


if __name__ == "__main__":
    main()
