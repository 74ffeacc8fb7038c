namespace NewsLens;

/// <summary>What a partial file says of itself in its first rows: which shard of which count, of which corpus and lexicon.</summary>
internal sealed record PartialHeader(string Path, int Shard, int Shards, string Corpus, int Files, int Records, bool Metonyms,
    IReadOnlyList<LexiconSource> Lexicon, int RowGroups);

/// <summary>Reads partial files: first their headers (to check them all before any is merged), then their rows in order.</summary>
internal static class PartialReader
{
    /// <summary>The file's header, read from its first row group's few header columns.</summary>
    /// <exception cref="PartialException">No such file, not a partial, or a partial of another layout version.</exception>
    public static PartialHeader Header(string path)
    {
        if (!File.Exists(path))
            throw new PartialException($"{path}: no such file; pass the partial files that 'newslens count --shard k/N --partial FILE' wrote");
        return Reading(path, "not a NewsLens partial file", async () =>
        {
            await using var stream = File.OpenRead(path);
            await using var reader = await Parquet.ParquetReader.CreateAsync(stream);
            if (reader.RowGroupCount == 0)
                throw new PartialException($"{path}: not a NewsLens partial file (no rows); write one with newslens count --shard k/N --partial {path}");
            var t = await PartialTable.ReadAsync(reader, 0, PartialColumns.Header);
            if (t.Rows == 0 || t.Kinds[0] != PartialTable.ShardKind || t.ShardValues[0] is not { } k || t.ShardsValues[0] is not { } n)
                throw new PartialException($"{path}: not a NewsLens partial file (no shard row at the start); write one with newslens count --shard k/N --partial {path}");
            if (t.VersionValues[0] != PartialWriter.Version)
                throw new PartialException($"{path}: partial file of layout {t.VersionValues[0]}, this NewsLens reads {PartialWriter.Version}; count the shards again with this version");
            var lexicon = new List<LexiconSource>();
            for (var r = 1; r < t.Rows && t.Kinds[r] == PartialTable.LexiconKind; r++)
                lexicon.Add(new LexiconSource(t.NameValues[r] ?? "", t.TextValues[r] ?? ""));
            return new PartialHeader(path, k, n, t.CorpusValues[0] ?? "", t.FilesValues[0] ?? 0, t.RecordsValues[0] ?? 0,
                t.MetonymsValues[0] ?? false, lexicon, reader.RowGroupCount);
        });
    }

    /// <summary>
    /// Every row group of the files in the order given, with the file it belongs to. Groups are decoded a few ahead on
    /// all cores while the caller works through the current one, so no more than those few are in memory at once.
    /// </summary>
    public static IEnumerable<(PartialHeader Part, int Group, PartialTable Table)> Tables(IReadOnlyList<PartialHeader> parts, PartialColumns columns)
    {
        var groups = parts.SelectMany(p => Enumerable.Range(0, p.RowGroups).Select(g => (Part: p, Group: g))).ToList();
        var ahead = new Queue<Task<PartialTable>>();
        var done = new System.Collections.Concurrent.ConcurrentBag<PartialTable>();
        var next = 0;
        var window = Math.Max(2, Environment.ProcessorCount);
        while (next < groups.Count || ahead.Count > 0)
        {
            while (next < groups.Count && ahead.Count < window)
            {
                var (part, group) = groups[next++];
                // Task.Run: no caller's synchronization context (a notebook's) is captured by Parquet.Net's awaits. Each
                // group opens the file again (its footer is read each time): cheap for a partial's few 100,000-row groups.
                ahead.Enqueue(Task.Run(() => GroupAsync(part.Path, group, columns, done.TryTake(out var reuse) ? reuse : null)));
            }
            var index = next - ahead.Count;
            var table = ahead.Dequeue().GetAwaiter().GetResult();
            yield return (groups[index].Part, groups[index].Group, table);
            done.Add(table); // the caller has moved on: its arrays take the next group read
        }
    }

    private static async Task<PartialTable> GroupAsync(string path, int group, PartialColumns columns, PartialTable? reuse)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            await using var reader = await Parquet.ParquetReader.CreateAsync(stream);
            return await PartialTable.ReadAsync(reader, group, columns, reuse);
        }
        catch (Exception e) when (e is not (PartialException or OutOfMemoryException))
        {
            throw Unreadable(path, "a damaged partial file", e);
        }
    }

    private static T Reading<T>(string path, string what, Func<Task<T>> read)
    {
        try
        {
            // Task.Run: no caller's synchronization context (a notebook's) is captured by Parquet.Net's awaits.
            return Task.Run(read).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not (PartialException or OutOfMemoryException))
        {
            throw Unreadable(path, what, e);
        }
    }

    // Any file may be passed here; whatever Parquet.Net throws on one that is not a partial becomes one line.
    private static PartialException Unreadable(string path, string what, Exception e) =>
        new($"{path}: {what} ({e.Message}); write one with newslens count --shard k/N --partial {path}");
}
