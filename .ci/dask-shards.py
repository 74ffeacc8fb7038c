"""The README's Dask example, run: each shard of a corpus is one Dask task, on a local cluster of two worker
processes, each calling `newslens count --shard k/N --partial ...`.

usage: dask-shards.py CLI.dll OUT N CORPUS...
"""
import subprocess
import sys

from dask.distributed import Client, LocalCluster

LEXICONS = ["--lexicon", "data/lexicons/actors.yaml", "data/lexicons/countries.yaml", "data/lexicons/topics.yaml"]


def shard(k, cli, out, n, corpus):
    subprocess.run(["dotnet", cli, "count", *corpus, *LEXICONS, "--shard", f"{k}/{n}", "--partial", f"{out}/{k}.parquet"],
                   check=True, capture_output=True)
    return k


if __name__ == "__main__":
    cli, out, n, *corpus = sys.argv[1:]
    n = int(n)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        done = client.gather(client.map(shard, range(n), cli=cli, out=out, n=n, corpus=corpus))
    print(f"dask: {len(done)} shards counted as tasks on 2 worker processes")
