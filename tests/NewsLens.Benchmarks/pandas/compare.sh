#!/usr/bin/env bash
# Side by side on the same generated JSONL corpus, in one run: `newslens count --period month` against the pandas
# way. Prints both wall times (whole processes, reading included), the ratio, and whether every row of the two
# monthly timelines agrees; exits 1 if any differs.
#
#   WAY=strcount (default)  pandas.read_json + one Series.str.count per entity + groupby (strcount_mentions.py), on
#                           ENTITIES (default 60) entries of the shipped lexicons that pick_lexicon.py finds safe
#                           for per-entity counting (no overlapping aliases, patterns or excludes).
#   WAY=alternation         count_mentions.py: all six rules with one `re` alternation per corpus, on LEXICONS
#                           (default: the three shipped lexicons); exact on any lexicon, but very slow.
#
# usage: tests/NewsLens.Benchmarks/pandas/compare.sh [ARTICLES=100000] [WORKDIR=/tmp/newslens-compare]
# needs: the .NET SDK; Debian's python3-pandas and python3-yaml (apt-get install python3-pandas python3-yaml)
set -euo pipefail
cd "$(dirname "$0")/../../.."
n=${1:-100000}
work=${2:-/tmp/newslens-compare}
python=${PYTHON:-/usr/bin/python3}
way=${WAY:-strcount}
here=tests/NewsLens.Benchmarks/pandas
mkdir -p "$work"

dotnet build -c Release tests/NewsLens.Benchmarks -v q -nologo >/dev/null
dotnet build -c Release src/NewsLens.Cli -v q -nologo >/dev/null
corpus="$work/corpus-$n.jsonl"
[ -f "$corpus" ] || tests/NewsLens.Benchmarks/bin/Release/net10.0/NewsLens.Benchmarks generate jsonl "$n" "$corpus"

if [ "$way" = strcount ]; then
  "$python" "$here/pick_lexicon.py" "${ENTITIES:-60}" "$work/lexicon.yaml" data/lexicons/actors.yaml data/lexicons/countries.yaml
  lexicons=("$work/lexicon.yaml")
  pandas_cmd=("$python" "$here/strcount_mentions.py" "$corpus" "$work/lexicon.yaml")
else
  read -r -a lexicons <<< "${LEXICONS:-data/lexicons/actors.yaml data/lexicons/countries.yaml data/lexicons/topics.yaml}"
  pandas_cmd=("$python" "$here/count_mentions.py" "$corpus" "${lexicons[@]}")
fi

seconds() { local t0 t1; t0=$(date +%s.%N); "$@"; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }
run_newslens() { src/NewsLens.Cli/bin/Release/net10.0/NewsLens.Cli count "$corpus" --lexicon "${lexicons[@]}" --period month > "$work/newslens.csv"; }
run_pandas() { "${pandas_cmd[@]}" > "$work/pandas.csv"; }
dotnet_s=$(seconds run_newslens)
pandas_s=$(seconds run_pandas)

"$python" - "$work/newslens.csv" "$work/pandas.csv" "$dotnet_s" "$pandas_s" "$(stat -Lc %s "$corpus")" "$way" <<'PY'
import sys
import pandas as pd
ours, theirs = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
dotnet_s, pandas_s, size, way = float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
key = ["period", "entity"]
both = ours.merge(theirs, on=key, how="outer", suffixes=("_newslens", "_pandas"), indicator=True)
only = both[both["_merge"] != "both"]
cols = ["mentions", "articles", "period_articles", "period_words"]
diff = both[(both["_merge"] == "both") & (sum((both[c + "_newslens"] != both[c + "_pandas"]) for c in cols) > 0)]
print(f"corpus: {size / 1e6:.1f} MB JSONL, {ours.groupby('period')['period_articles'].first().sum():,} articles; pandas way: {way}")
print(f"newslens count: {dotnet_s:.2f} s ({size / 1e6 / dotnet_s:.1f} MB/s)")
print(f"pandas:         {pandas_s:.2f} s ({size / 1e6 / pandas_s:.2f} MB/s)")
print(f"ratio: newslens is {pandas_s / dotnet_s:.1f}x faster")
print(f"rows: newslens {len(ours)}, pandas {len(theirs)}, in one only {len(only)}, differing counts {len(diff)}")
print(f"mentions: newslens {ours['mentions'].sum()}, pandas {theirs['mentions'].sum()}; entities: {ours['entity'].nunique()}")
if len(only) or len(diff):
    print(only.head(10).to_string())
    print(diff.head(10).to_string())
    sys.exit(1)
print("agreement: every row identical")
PY
