#!/usr/bin/env bash
# Side by side on the same generated JSONL corpus: `newslens count --period month` against the pandas way
# (count_mentions.py, the same six rules with `re`). Prints both wall times, the ratio, and whether every
# row of the two monthly timelines agrees.
#
# usage: tests/NewsLens.Benchmarks/pandas/compare.sh [ARTICLES=2000] [WORKDIR=/tmp/newslens-compare]
# needs: the .NET SDK; Debian's python3-pandas and python3-yaml (apt-get install python3-pandas python3-yaml)
set -euo pipefail
cd "$(dirname "$0")/../../.."
n=${1:-2000}
work=${2:-/tmp/newslens-compare}
python=${PYTHON:-/usr/bin/python3}
mkdir -p "$work"
# LEXICONS="a.yaml b.yaml" overrides the default (all three shipped lexicons).
read -r -a lexicons <<< "${LEXICONS:-data/lexicons/actors.yaml data/lexicons/countries.yaml data/lexicons/topics.yaml}"

dotnet build -c Release tests/NewsLens.Benchmarks -v q -nologo >/dev/null
dotnet build -c Release src/NewsLens.Cli -v q -nologo >/dev/null
tests/NewsLens.Benchmarks/bin/Release/net10.0/NewsLens.Benchmarks generate jsonl "$n" "$work/corpus.jsonl"

seconds() { local t0 t1; t0=$(date +%s.%N); "$@"; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }

dotnet_s=$(seconds sh -c "src/NewsLens.Cli/bin/Release/net10.0/NewsLens.Cli count '$work/corpus.jsonl' --lexicon ${lexicons[*]} --period month > '$work/newslens.csv'")
pandas_s=$(seconds sh -c "'$python' tests/NewsLens.Benchmarks/pandas/count_mentions.py '$work/corpus.jsonl' ${lexicons[*]} > '$work/pandas.csv'")

"$python" - "$work/newslens.csv" "$work/pandas.csv" "$dotnet_s" "$pandas_s" "$(stat -c %s "$work/corpus.jsonl")" <<'PY'
import sys
import pandas as pd
ours, theirs = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
dotnet_s, pandas_s, size = float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
key = ["period", "entity"]
both = ours.merge(theirs, on=key, how="outer", suffixes=("_newslens", "_pandas"), indicator=True)
only = both[both["_merge"] != "both"]
cols = ["mentions", "articles", "period_articles", "period_words"]
diff = both[(both["_merge"] == "both") & (sum((both[c + "_newslens"] != both[c + "_pandas"]) for c in cols) > 0)]
print(f"corpus: {size / 1e6:.1f} MB JSONL")
print(f"newslens count: {dotnet_s:.2f} s ({size / 1e6 / dotnet_s:.1f} MB/s)")
print(f"pandas + re:    {pandas_s:.2f} s ({size / 1e6 / pandas_s:.2f} MB/s)")
print(f"ratio: newslens is {pandas_s / dotnet_s:.1f}x faster")
print(f"rows: newslens {len(ours)}, pandas {len(theirs)}, in one only {len(only)}, differing counts {len(diff)}")
print(f"mentions: newslens {ours['mentions'].sum()}, pandas {theirs['mentions'].sum()}")
if len(only) or len(diff):
    print(both[(both["_merge"] != "both")].head(10).to_string())
    print(diff.head(10).to_string())
    sys.exit(1)
print("agreement: every row identical")
PY
