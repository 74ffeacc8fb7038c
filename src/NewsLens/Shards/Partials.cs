using System.Security.Cryptography;
using System.Text;

namespace NewsLens;

/// <summary>
/// Counting a corpus in shards on several machines and merging the results exactly: each shard's count is saved as a
/// partial file (metadata, fingerprints and mention counts, never the text), and the merge of all of them gives what
/// one machine's count gives, duplicates across shards dropped in load order.
/// <code>
/// var part = Corpus.Stream(path).Shard(CorpusShard.Parse("3/8"));
/// Partials.Save(part, part.Count(lexicon), "out/3.parquet");
/// var merged = Partials.Merge(Directory.GetFiles("out", "*.parquet"));
/// merged.Mentions.Timeline(Period.Month)
/// </code>
/// </summary>
public static class Partials
{
    /// <summary>Version of the partial file layout; a merge refuses files of another.</summary>
    private const int Version = 1;

    /// <summary>Writes a shard's count to <paramref name="path"/>, whole or not at all.</summary>
    /// <param name="shard">The shard's stream, read to the end by the count.</param>
    /// <param name="mentions">The count of that stream.</param>
    /// <param name="path">The partial file (Parquet).</param>
    /// <exception cref="InvalidOperationException">The stream is not a shard, or was not counted into <paramref name="mentions"/>.</exception>
    public static void Save(CorpusStream shard, Mentions mentions, string path)
    {
        var part = shard.Part ?? throw new InvalidOperationException("only a shard has a partial: count Corpus.Stream(path).Shard(CorpusShard.Parse(\"k/N\"))");
        var keys = shard.DuplicateKeys;
        var corpus = shard.Corpus;
        if (keys.Count != mentions.Articles.Count || !ReferenceEquals(corpus.Rows, mentions.Articles))
            throw new InvalidOperationException("these mentions were not counted from this shard's stream");
        AtomicFile.Write(path, temporary =>
            // Task.Run: no caller's synchronization context (a notebook's) is captured by Parquet.Net's awaits.
            Task.Run(() => WriteAsync(temporary, part, shard, corpus.Summary, mentions, keys)).GetAwaiter().GetResult());
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
        // Files are decoded side by side (each is independent); duplicates are then decided in shard order on one thread.
        // The first bad file in the order given is the one reported, whichever thread met it first.
        var files = paths.ToArray();
        var read = new PartialFile?[files.Length];
        var errors = new PartialException?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            try { read[i] = Read(files[i]); }
            catch (PartialException e) { errors[i] = e; }
        });
        if (errors.FirstOrDefault(e => e is not null) is { } error) throw error;
        var parts = read.Select(p => p!).OrderBy(p => p.Shard).ToList();
        if (parts.Count == 0) throw new PartialException("no partial files given: pass every shard's file (out/*.parquet)");
        var first = parts[0];
        foreach (var p in parts)
        {
            if (p.Shards != first.Shards)
                throw new PartialException($"{p.Path} is shard {p.Shard}/{p.Shards} but {first.Path} is of {first.Shards}: all shards of one count are cut the same way");
            if (p.Corpus != first.Corpus)
                throw new PartialException($"{p.Path} counted other files than {first.Path} (names or sizes differ): shards of one count read the same corpus");
            // The YAML, not the file names: machines may mount the lexicon under different paths.
            if (p.Metonyms != first.Metonyms || !p.Lexicon.Select(s => s.Yaml).SequenceEqual(first.Lexicon.Select(s => s.Yaml)))
                throw new PartialException($"{p.Path} counted another lexicon than {first.Path}: shards of one count use the same lexicon files");
        }
        var shards = first.Shards;
        var given = parts.GroupBy(p => p.Shard).ToList();
        if (given.FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new PartialException($"shard {twice.Key}/{shards} is given twice ({string.Join(", ", twice.Select(p => p.Path))}): pass each shard once");
        var missing = Enumerable.Range(0, shards).Except(given.Select(g => g.Key)).Where(k => !failed.ContainsKey(k)).ToList();
        if (missing.Count > 0)
            throw new PartialException($"{missing.Count} of {shards} shards missing: {string.Join(", ", missing.Take(20).Select(k => $"{k}/{shards}"))}{(missing.Count > 20 ? ", …" : "")}; merge once every shard is counted");

        var lexicon = Lexicon.Of(first.Lexicon).WithMetonyms(first.Metonyms);
        var duplicates = new Duplicates();
        var articles = new List<Article>();
        var counts = new List<MentionCount>();
        var problems = new List<Problem>();
        var warnings = new List<Problem>();
        var records = 0;
        foreach (var part in parts)
        {
            records += part.Records;
            for (var a = 0; a < part.Articles.Count; a++)
            {
                var (article, key, firstMention) = part.Articles[a];
                if (duplicates.Check(article, key) is { } repeat)
                {
                    problems.Add(repeat);
                    continue;
                }
                var end = a + 1 < part.Articles.Count ? part.Articles[a + 1].FirstMention : part.Mentions.Count;
                for (var m = firstMention; m < end; m++) counts.Add(part.Mentions[m] with { Article = articles.Count });
                articles.Add(article);
            }
            problems.AddRange(part.Problems);
            warnings.AddRange(part.Warnings);
        }
        foreach (var (shard, reason) in failed.OrderBy(f => f.Key))
            problems.Add(new Problem($"shard {shard}/{shards}", 0, $"failed on every attempt, its records are not counted: {reason}", ProblemKind.FailedShard));
        var summary = CorpusSummary.Of(first.Files, records + failed.Count, articles, problems, warnings);
        return new MergedCount(Mentions.Merged(Matcher.For(lexicon), articles, [.. counts]), summary);
    }

    private static async Task WriteAsync(string file, CorpusShard part, CorpusStream shard, CorpusSummary summary, Mentions mentions, IReadOnlyList<DuplicateKey> keys)
    {
        await using var stream = File.Create(file);
        await using var writer = await Parquet.ParquetWriter.CreateAsync(PartialTable.Schema, stream);
        var t = PartialTable.WithCapacity(PartialTable.RowGroupRows);
        async Task<int> Next(int kind)
        {
            if (t.Rows == PartialTable.RowGroupRows)
            {
                await t.WriteAsync(writer);
                t.Clear();
            }
            t.Kinds[t.Rows] = kind;
            return t.Rows++;
        }

        var lexicon = mentions.Lexicon;
        var r = await Next(PartialTable.ShardKind);
        (t.ShardValues[r], t.ShardsValues[r], t.CorpusValues[r], t.FilesValues[r], t.RecordsValues[r], t.VersionValues[r], t.MetonymsValues[r]) =
            (part.Index, part.Count, Fingerprint(shard.Files, shard.Sizes), shard.Files.Count, summary.Records, Version, lexicon.UsesMetonyms);
        foreach (var source in lexicon.Sources)
        {
            r = await Next(PartialTable.LexiconKind);
            (t.NameValues[r], t.TextValues[r]) = (source.Name, source.Yaml);
        }
        var counts = mentions.Counts;
        var c = 0;
        for (var a = 0; a < mentions.Articles.Count; a++)
        {
            var article = mentions.Articles[a];
            var key = keys[a];
            r = await Next(PartialTable.ArticleKind);
            (t.IdValues[r], t.TitleValues[r], t.BylineValues[r], t.SourceValues[r], t.PublishedValues[r], t.UrlValues[r], t.DatelineValues[r]) =
                (article.Id, article.Title, article.Byline, article.Source, article.Published?.ToDateTime(TimeOnly.MinValue), article.Url, article.Dateline);
            (t.WordsValues[r], t.PathValues[r], t.LineValues[r]) = (article.Words, article.Path, article.Line);
            if (key.Url is { } url) (t.UrlHighValues[r], t.UrlLowValues[r]) = ((long)(ulong)(url >> 64), (long)(ulong)url);
            (t.ContentHighValues[r], t.ContentLowValues[r]) = ((long)(ulong)(key.Content >> 64), (long)(ulong)key.Content);
            for (; c < counts.Length && counts[c].Article == a; c++)
            {
                r = await Next(PartialTable.MentionKind);
                (t.EntryValues[r], t.CountValues[r], t.FirstOffsetValues[r], t.WhereValues[r]) = (counts[c].Entry, counts[c].Count, counts[c].FirstOffset, counts[c].Where);
            }
        }
        foreach (var (kind, list) in new[] { (PartialTable.ProblemKind, summary.Problems), (PartialTable.WarningKind, summary.Warnings) })
            foreach (var p in list)
            {
                r = await Next(kind);
                (t.PathValues[r], t.LineValues[r], t.TextValues[r], t.NameValues[r]) = (p.Path, p.Line, p.Reason, p.Kind.ToString());
            }
        if (t.Rows > 0) await t.WriteAsync(writer);
    }

    /// <summary>The files' names and sizes (as the shard cut them) in load order: shards of one count must have seen the same ones (mount points may differ).</summary>
    private static string Fingerprint(IReadOnlyList<string> files, IReadOnlyList<long> sizes)
    {
        var text = new StringBuilder();
        for (var i = 0; i < files.Count; i++)
            text.Append(Path.GetFileName(files[i])).Append('\t').Append(sizes[i]).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private sealed record PartialFile(string Path, int Shard, int Shards, string Corpus, int Files, int Records, bool Metonyms,
        List<LexiconSource> Lexicon, List<(Article Article, DuplicateKey Key, int FirstMention)> Articles, List<MentionCount> Mentions,
        List<Problem> Problems, List<Problem> Warnings);

    private static PartialFile Read(string path)
    {
        if (!File.Exists(path))
            throw new PartialException($"{path}: no such file; pass the partial files that 'newslens count --shard k/N --partial FILE' wrote");
        try
        {
            // Task.Run: no caller's synchronization context (a notebook's) is captured by Parquet.Net's awaits.
            return Task.Run(() => ReadAsync(path)).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not (PartialException or OutOfMemoryException))
        {
            // Any file may be passed here; whatever Parquet.Net throws on one that is not a partial becomes one line.
            throw new PartialException($"{path}: not a NewsLens partial file ({e.Message}); write one with newslens count --shard k/N --partial {path}");
        }
    }

    private static async Task<PartialFile> ReadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await Parquet.ParquetReader.CreateAsync(stream);
        PartialFile? part = null;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var t = await PartialTable.ReadAsync(reader, g);
            for (var r = 0; r < t.Rows; r++)
            {
                var kind = t.Kinds[r];
                if (part is null)
                {
                    if (kind != PartialTable.ShardKind || t.ShardValues[r] is not { } k || t.ShardsValues[r] is not { } n)
                        throw new PartialException($"{path}: not a NewsLens partial file (no shard row at the start); write one with newslens count --shard k/N --partial {path}");
                    if (t.VersionValues[r] != Version)
                        throw new PartialException($"{path}: partial file of layout {t.VersionValues[r]}, this NewsLens reads {Version}; count the shards again with this version");
                    part = new PartialFile(path, k, n, t.CorpusValues[r] ?? "", t.FilesValues[r] ?? 0, t.RecordsValues[r] ?? 0, t.MetonymsValues[r] ?? false, [], [], [], [], []);
                    continue;
                }
                switch (kind)
                {
                    case PartialTable.LexiconKind:
                        part.Lexicon.Add(new LexiconSource(t.NameValues[r] ?? "", t.TextValues[r] ?? ""));
                        break;
                    case PartialTable.ArticleKind:
                        var article = new Article(t.IdValues[r] ?? "", t.TitleValues[r] ?? "", t.BylineValues[r], t.SourceValues[r],
                            t.PublishedValues[r] is { } d ? DateOnly.FromDateTime(d) : null, t.UrlValues[r], null, t.DatelineValues[r], "", [],
                            t.WordsValues[r] ?? 0, t.PathValues[r] ?? "", t.LineValues[r] ?? 0);
                        var key = new DuplicateKey(t.UrlHighValues[r] is { } h && t.UrlLowValues[r] is { } l ? new UInt128((ulong)h, (ulong)l) : null,
                            new UInt128((ulong)(t.ContentHighValues[r] ?? 0), (ulong)(t.ContentLowValues[r] ?? 0)));
                        part.Articles.Add((article, key, part.Mentions.Count));
                        break;
                    case PartialTable.MentionKind when part.Articles.Count > 0:
                        part.Mentions.Add(new MentionCount(0, t.EntryValues[r] ?? 0, t.CountValues[r] ?? 0, t.FirstOffsetValues[r] ?? 0, (byte)(t.WhereValues[r] ?? 0)));
                        break;
                    case PartialTable.ProblemKind or PartialTable.WarningKind:
                        var problem = new Problem(t.PathValues[r] ?? "", t.LineValues[r] ?? 0, t.TextValues[r] ?? "",
                            Enum.TryParse<ProblemKind>(t.NameValues[r], out var problemKind) ? problemKind : default);
                        (kind == PartialTable.ProblemKind ? part.Problems : part.Warnings).Add(problem);
                        break;
                    default:
                        throw new PartialException($"{path}: a row of kind {kind} out of place; the file is damaged, count the shard again");
                }
            }
        }
        return part ?? throw new PartialException($"{path}: not a NewsLens partial file (no rows); write one with newslens count --shard k/N --partial {path}");
    }
}
