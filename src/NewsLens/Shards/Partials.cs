namespace NewsLens;

/// <summary>
/// Counting a corpus in shards on several machines and merging the results exactly: each shard's count is saved as a
/// partial file (metadata, fingerprints and mention counts, never the text), and the merge of all of them gives what
/// one machine's count gives, duplicates across shards dropped in load order.
/// <code>
/// var part = Corpus.Stream(path).Shard(CorpusShard.Parse("3/8"));
/// Partials.Save(part, part.Count(lexicon), "out/3.parquet");
/// var merged = Partials.Merge(Directory.GetFiles("out", "*.parquet"));   // every article, to go back through
/// merged.Mentions.Timeline(Period.Month)
/// Partials.MergeTimeline(Directory.GetFiles("out", "*.parquet"), Period.Month).Timeline   // the timeline alone, streamed
/// </code>
/// </summary>
public static class Partials
{
    /// <summary>Writes a shard's count to <paramref name="path"/>, whole or not at all.</summary>
    /// <param name="shard">The shard's stream, read to the end by the count.</param>
    /// <param name="mentions">The count of that stream.</param>
    /// <param name="path">The partial file (Parquet).</param>
    /// <exception cref="InvalidOperationException">The stream is not a shard, or was not counted into <paramref name="mentions"/>.</exception>
    public static void Save(CorpusStream shard, Mentions mentions, string path) => Save(shard, mentions, path, PartialTable.RowGroupRows);

    /// <summary>As <see cref="Save(CorpusStream, Mentions, string)"/>, <paramref name="groupRows"/> rows to a Parquet row group (tests cut small ones, so that an article and its mentions straddle groups).</summary>
    internal static void Save(CorpusStream shard, Mentions mentions, string path, int groupRows)
    {
        var part = shard.Part ?? throw new InvalidOperationException("only a shard has a partial: count Corpus.Stream(path).Shard(CorpusShard.Parse(\"k/N\"))");
        var keys = shard.DuplicateKeys;
        var corpus = shard.Corpus;
        if (keys.Count != mentions.Articles.Count || !ReferenceEquals(corpus.Rows, mentions.Articles))
            throw new InvalidOperationException("these mentions were not counted from this shard's stream");
        AtomicFile.Write(path, temporary =>
            // Task.Run: no caller's synchronization context (a notebook's) is captured by Parquet.Net's awaits.
            Task.Run(() => PartialWriter.WriteAsync(temporary, part, shard, corpus.Summary, mentions, keys, groupRows)).GetAwaiter().GetResult());
    }

    /// <summary>Merges the partial files of every shard of one count, in any order.</summary>
    /// <exception cref="PartialException">A file is not a partial, a shard is missing or given twice, or the files come from different corpora, lexicons or shard counts.</exception>
    public static MergedCount Merge(IEnumerable<string> paths) => Merge(paths, new Dictionary<int, string>());

    /// <summary>
    /// Merges the partials there are, the <paramref name="failed"/> shards standing as one problem each
    /// (<see cref="ProblemKind.FailedShard"/>): a result that says what it lacks, for a cluster job with shards that never succeeded.
    /// </summary>
    /// <exception cref="PartialException">As <see cref="Merge(IEnumerable{string})"/>, for any shard missing that is not among <paramref name="failed"/>.</exception>
    public static MergedCount Merge(IEnumerable<string> paths, IReadOnlyDictionary<int, string> failed)
    {
        var (parts, lexicon) = PartialMerge.Check(paths, failed);
        var articles = new List<Article>();
        var counts = new List<MentionCount>();
        var summary = PartialMerge.Run(parts, failed, PartialColumns.Articles,
            articles.Add, c => counts.Add(c with { Article = articles.Count - 1 }));
        return new MergedCount(Mentions.Merged(Matcher.For(lexicon), articles, [.. counts]), summary);
    }

    /// <summary>
    /// The merged timeline alone, streamed: articles are added to their periods as the files are read and none is kept,
    /// so memory grows with the duplicate fingerprints (two 16-byte digests an article), not with the articles.
    /// The same timeline and summary as <c>Merge(paths).Timeline(period)</c>; what <c>newslens merge</c> writes.
    /// </summary>
    /// <exception cref="PartialException">As <see cref="Merge(IEnumerable{string})"/>.</exception>
    public static MergedTimeline MergeTimeline(IEnumerable<string> paths, Period period) => MergeTimeline(paths, period, new Dictionary<int, string>());

    /// <summary>The merged timeline of the partials there are, the <paramref name="failed"/> shards standing as one problem each.</summary>
    /// <exception cref="PartialException">As <see cref="Merge(IEnumerable{string}, IReadOnlyDictionary{int, string})"/>.</exception>
    public static MergedTimeline MergeTimeline(IEnumerable<string> paths, Period period, IReadOnlyDictionary<int, string> failed)
    {
        var (parts, lexicon) = PartialMerge.Check(paths, failed);
        var counts = new TimelineCounts(lexicon.Entries.Count, period);
        var slot = -1;
        var summary = PartialMerge.Run(parts, failed, PartialColumns.Counts,
            a => slot = counts.Add(a.Published, a.Words), c => counts.Add(slot, c));
        return new MergedTimeline(Timeline.Of(counts, lexicon), summary);
    }
}
