#!/usr/bin/env bash
# How the kit's cost grows with corpus size: for each size, a generated corpus as seed-layout folders, one JSONL
# file and its Parquet copy; the streaming read rate of each, then `newslens count` (files to monthly timeline,
# the shipped lexicons) end to end with its wall time and peak memory. The three formats must give the same
# timeline byte for byte; the script fails if they do not.
#
# usage: tests/NewsLens.Benchmarks/scale.sh            (SIZES="10000 100000 1000000" WORKDIR=/tmp/newslens-scale)
# needs: the .NET SDK, GNU time (/usr/bin/time); about 12 GB of disk for the 1M-article corpora.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=${SIZES:-10000 100000 1000000}
work=${WORKDIR:-/tmp/newslens-scale}
lexicons="data/lexicons/actors.yaml data/lexicons/countries.yaml data/lexicons/topics.yaml"

dotnet build -c Release tests/NewsLens.Benchmarks -v q -nologo >/dev/null
dotnet build -c Release src/NewsLens.Cli -v q -nologo >/dev/null
bench=tests/NewsLens.Benchmarks/bin/Release/net10.0/NewsLens.Benchmarks
cli=src/NewsLens.Cli/bin/Release/net10.0/NewsLens.Cli

size_mb() { du -sb "$1" | awk '{printf "%.1f", $1 / 1e6}'; }

echo "| articles | input | size (MB) | streaming read | articles/s | MB/s | peak (MB) | count → monthly timeline | peak (MB) | timeline rows |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  dir="$work/$n"
  mkdir -p "$dir"
  [ -d "$dir/txt" ] || "$bench" generate seed "$n" "$dir/txt" >&2
  [ -f "$dir/corpus.jsonl" ] || "$bench" generate jsonl "$n" "$dir/corpus.jsonl" >&2
  [ -f "$dir/corpus.parquet" ] || "$cli" convert "$dir/corpus.jsonl" --to "$dir/corpus.parquet" >&2
  for input in txt corpus.jsonl corpus.parquet; do
    path="$dir/$input"
    IFS=$'\t' read -r articles seconds rate mbs peak _ < <("$bench" stream "$path")
    /usr/bin/time -f "%e %M" -o "$dir/time.txt" "$cli" count "$path" --lexicon $lexicons --period month > "$dir/$input.csv"
    read -r wall rss < "$dir/time.txt"
    rows=$(($(wc -l < "$dir/$input.csv") - 1))
    printf "| %'d | %s | %s | %s s | %'d | %s | %'d | %s s | %'d | %'d |\n" \
      "$articles" "$input" "$(size_mb "$path")" "$seconds" "$rate" "$mbs" "$peak" "$wall" "$((rss / 1024))" "$rows"
  done
  cmp -s "$dir/txt.csv" "$dir/corpus.jsonl.csv" && cmp -s "$dir/txt.csv" "$dir/corpus.parquet.csv" \
    || { echo "timelines differ between formats at $n articles (see $dir/*.csv)" >&2; exit 1; }
done
echo
echo "Every size: the three formats gave byte-identical timelines."
