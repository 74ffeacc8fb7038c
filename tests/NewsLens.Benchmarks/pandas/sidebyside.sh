#!/usr/bin/env bash
# Side by side on one JSONL corpus and one lexicon, in one run: the ways of counting mentions, each timed as a whole
# process (reading included), RUNS times. Prints a Markdown table: median wall time, highest peak RSS, MB/s (corpus
# bytes / wall seconds), MB/s per core used, time relative to newslens, and whether the counts agree with newslens
# per (month, entity), then the rows that differ.
#
#   newslens        newslens count CORPUS --lexicon LEX... --period month, on every core (nproc)
#   pandas read     pandas.read_json(lines=True) alone: the reading reference, no counting
#   pandas + re     count_mentions.py (the six rules in `re`, slow): SKIP_RE=1 leaves it out; RE_LIMIT=N times it on the
#                   first N lines, compares it with newslens on those lines and extrapolates its time by bytes
#   pyahocorasick   ahocorasick_mentions.py: one automaton of all aliases, rules 1-5 in Python, one core
#   rg -F -w, rg -F ripgrep on one thread (-j1) over the raw JSON bytes, with the aliases from lexicon_aliases.py;
#                   it counts matching lines, not mentions
#
# usage: tests/NewsLens.Benchmarks/pandas/sidebyside.sh CORPUS.jsonl
# env:   LEXICONS="a.yaml b.yaml"  default: ENTITIES (100) entries that pick_lexicon.py takes from countries and actors
#        RUNS=3  WORKDIR=/tmp/newslens-sidebyside  NEWSLENS=src/NewsLens.Cli/bin/Release/net10.0/NewsLens.Cli
#        PYTHON=/usr/bin/python3  SKIP_RE=1  RE_LIMIT=N
# needs: GNU time, ripgrep, Debian's python3-pandas, python3-yaml and python3-ahocorasick; the .NET SDK only when
#        the default newslens binary is missing (it is then built)
set -euo pipefail
[ $# -eq 1 ] || { sed -n '2,/^set /p' "$0" | sed '$d' >&2; exit 2; }
corpus=$(realpath "$1")
lexicons=()
for lexicon in ${LEXICONS:-}; do lexicons+=("$(realpath "$lexicon")"); done
cd "$(dirname "$0")/../../.."
here=tests/NewsLens.Benchmarks/pandas
work=${WORKDIR:-/tmp/newslens-sidebyside}
runs=${RUNS:-3}
python=${PYTHON:-/usr/bin/python3}
newslens=${NEWSLENS:-src/NewsLens.Cli/bin/Release/net10.0/NewsLens.Cli}
export LC_NUMERIC=C  # a decimal point in $EPOCHREALTIME
mkdir -p "$work"

if [ ! -x "$newslens" ] && [ -z "${NEWSLENS:-}" ]; then dotnet build -c Release src/NewsLens.Cli -v q -nologo >/dev/null; fi
[ -x "$newslens" ] || { echo "no newslens binary at $newslens" >&2; exit 1; }
if [ ${#lexicons[@]} -eq 0 ]; then
  lexicons=("$work/lexicon-${ENTITIES:-100}.yaml")
  "$python" "$here/pick_lexicon.py" "${ENTITIES:-100}" "${lexicons[0]}" data/lexicons/countries.yaml data/lexicons/actors.yaml
fi
lexicon_args=()
for lexicon in "${lexicons[@]}"; do lexicon_args+=(--lexicon "$lexicon"); done
"$python" "$here/lexicon_aliases.py" "${lexicons[@]}" > "$work/aliases.txt"

timings="$work/timings.txt"
: > "$timings"
# timed NAME COMMAND...: runs COMMAND RUNS times, its output to NAME.out; one "NAME start end peak_kb" line per run,
# or "NAME failed STATUS" (and no more runs) when it fails, so the other ways still run.
timed() {
  local name=$1 start end status
  shift
  for _ in $(seq "$runs"); do
    start=$EPOCHREALTIME
    status=0
    /usr/bin/time -f %M -o "$work/peak_kb" "$@" > "$work/$name.out" || status=$?
    end=$EPOCHREALTIME
    if [ "$status" -ne 0 ]; then
      echo "$name failed $status" >> "$timings"
      return
    fi
    echo "$name $start $end $(tail -n 1 "$work/peak_kb")" >> "$timings"
  done
}

timed newslens "$newslens" count "$corpus" "${lexicon_args[@]}" --period month
timed pandas_read "$python" -c 'import sys, pandas; pandas.read_json(sys.argv[1], lines=True, dtype={"title": str, "text": str})' "$corpus"
# What count_mentions.py read ("-": skipped) and the newslens counts of the same lines.
re_corpus=-
re_reference="$work/newslens.out"
if [ -z "${SKIP_RE:-}" ]; then
  re_corpus=$corpus
  if [ -n "${RE_LIMIT:-}" ]; then
    re_corpus="$work/corpus-first-$RE_LIMIT.jsonl"
    re_reference="$work/newslens-first-$RE_LIMIT.csv"
    head -n "$RE_LIMIT" "$corpus" > "$re_corpus"
    "$newslens" count "$re_corpus" "${lexicon_args[@]}" --period month > "$re_reference"
  fi
  timed pandas_re "$python" "$here/count_mentions.py" "$re_corpus" "${lexicons[@]}"
fi
timed ahocorasick "$python" "$here/ahocorasick_mentions.py" "$corpus" "${lexicons[@]}"
# rg exits 1 when no line matches, which is no failure here.
timed rg_w bash -c 'rg "$@" || [ $? -eq 1 ]' rg -F -w -c -j1 -f "$work/aliases.txt" "$corpus"
timed rg bash -c 'rg "$@" || [ $? -eq 1 ]' rg -F -c -j1 -f "$work/aliases.txt" "$corpus"

"$python" "$here/sidebyside_table.py" "$work" "$corpus" "$(nproc)" "$re_corpus" "$re_reference" "${lexicons[@]}"
