"""The entries of NewsLens lexicon files, in file order: the one reader of lexicon YAML for these scripts."""
import yaml


def load(paths):
    """Every entry of every file in paths, in order (a file's entries as written)."""
    entries = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            entries.extend(yaml.safe_load(f)["entries"])
    return entries
