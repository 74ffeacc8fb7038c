using System.Security.Cryptography;
using System.Text;
using Parquet.Serialization;

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
    private const int RowGroupSize = 50_000;

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
        using var file = new ParquetFile<PartialRow>(path, RowGroupSize);
        foreach (var group in Rows(part, shard, corpus.Summary, mentions, keys).Chunk(RowGroupSize)) file.Write(group);
        file.Commit();
    }

    /// <summary>Merges the partial files of every shard of one count, in any order.</summary>
    /// <exception cref="PartialException">A file is not a partial, a shard is missing or given twice, or the files come from different corpora, lexicons or shard counts.</exception>
    public static MergedCount Merge(IEnumerable<string> paths)
    {
        var parts = paths.Select(Read).OrderBy(p => p.Header.Shard).ToList();
        if (parts.Count == 0) throw new PartialException("no partial files given: pass every shard's file (out/*.parquet)");
        var first = parts[0];
        foreach (var p in parts)
        {
            if (p.Header.Shards != first.Header.Shards)
                throw new PartialException($"{p.Path} is shard {p.Header.Shard}/{p.Header.Shards} but {first.Path} is of {first.Header.Shards}: all shards of one count are cut the same way");
            if (p.Header.Corpus != first.Header.Corpus)
                throw new PartialException($"{p.Path} counted other files than {first.Path} (names or sizes differ): shards of one count read the same corpus");
            // The YAML, not the file names: machines may mount the lexicon under different paths.
            if (p.Header.Metonyms != first.Header.Metonyms || !p.Lexicon.Select(s => s.Yaml).SequenceEqual(first.Lexicon.Select(s => s.Yaml)))
                throw new PartialException($"{p.Path} counted another lexicon than {first.Path}: shards of one count use the same lexicon files");
        }
        var shards = first.Header.Shards!.Value;
        var given = parts.GroupBy(p => p.Header.Shard!.Value).ToList();
        if (given.FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new PartialException($"shard {twice.Key}/{shards} is given twice ({string.Join(", ", twice.Select(p => p.Path))}): pass each shard once");
        var missing = Enumerable.Range(0, shards).Except(given.Select(g => g.Key)).ToList();
        if (missing.Count > 0)
            throw new PartialException($"{missing.Count} of {shards} shards missing: {string.Join(", ", missing.Take(20).Select(k => $"{k}/{shards}"))}{(missing.Count > 20 ? ", …" : "")}; merge once every shard is counted");

        var lexicon = Lexicon.Combine([.. first.Lexicon.Select(s => Lexicon.Parse(s.Yaml, s.Name))]).WithMetonyms(first.Header.Metonyms ?? false);
        var duplicates = new Duplicates();
        var articles = new List<Article>();
        var counts = new List<MentionCount>();
        var problems = new List<Problem>();
        var warnings = new List<Problem>();
        var records = 0;
        foreach (var part in parts)
        {
            records += part.Header.Records ?? 0;
            foreach (var (article, key, mentions) in part.Articles)
            {
                if (duplicates.Check(article, key) is { } repeat)
                {
                    problems.Add(repeat);
                    continue;
                }
                foreach (var m in mentions) counts.Add(m with { Article = articles.Count });
                articles.Add(article);
            }
            problems.AddRange(part.Problems);
            warnings.AddRange(part.Warnings);
        }
        var summary = CorpusSummary.Of(first.Header.Files ?? 0, records, articles, problems, warnings);
        return new MergedCount(Mentions.Merged(Matcher.For(lexicon), articles, [.. counts]), summary);
    }

    private static IEnumerable<PartialRow> Rows(CorpusShard part, CorpusStream shard, CorpusSummary summary, Mentions mentions, IReadOnlyList<DuplicateKey> keys)
    {
        var lexicon = mentions.Lexicon;
        yield return new PartialRow
        {
            Kind = PartialRow.ShardKind, Shard = part.Index, Shards = part.Count, Corpus = Fingerprint(shard.Files),
            Files = shard.Files.Count, Records = summary.Records, Version = Version, Metonyms = lexicon.UsesMetonyms,
        };
        foreach (var source in lexicon.Sources)
            yield return new PartialRow { Kind = PartialRow.LexiconKind, Name = source.Name, Text = source.Yaml };
        var counts = mentions.Counts;
        var c = 0;
        for (var a = 0; a < mentions.Articles.Count; a++)
        {
            var article = mentions.Articles[a];
            var key = keys[a];
            yield return new PartialRow
            {
                Kind = PartialRow.ArticleKind, Id = article.Id, Title = article.Title, Byline = article.Byline, Source = article.Source,
                Published = article.Published?.ToDateTime(TimeOnly.MinValue), Url = article.Url, Dateline = article.Dateline,
                Words = article.Words, Path = article.Path, Line = article.Line,
                UrlHigh = key.Url is { } url ? (long)(ulong)(url >> 64) : null, UrlLow = key.Url is { } u ? (long)(ulong)u : null,
                ContentHigh = (long)(ulong)(key.Content >> 64), ContentLow = (long)(ulong)key.Content,
            };
            for (; c < counts.Length && counts[c].Article == a; c++)
                yield return new PartialRow
                {
                    Kind = PartialRow.MentionKind, Entry = counts[c].Entry, Count = counts[c].Count, FirstOffset = counts[c].FirstOffset, Where = counts[c].Where,
                };
        }
        foreach (var p in summary.Problems)
            yield return new PartialRow { Kind = PartialRow.ProblemKind, Path = p.Path, Line = p.Line, Text = p.Reason, Name = p.Kind.ToString() };
        foreach (var w in summary.Warnings)
            yield return new PartialRow { Kind = PartialRow.WarningKind, Path = w.Path, Line = w.Line, Text = w.Reason, Name = w.Kind.ToString() };
    }

    /// <summary>The files' names and sizes in load order: shards of one count must have seen the same ones (mount points may differ).</summary>
    private static string Fingerprint(IReadOnlyList<string> files)
    {
        var text = new StringBuilder();
        foreach (var f in files)
            text.Append(Path.GetFileName(f)).Append('\t').Append(File.Exists(f) ? new FileInfo(f).Length : -1).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private sealed record PartialFile(string Path, PartialRow Header, List<LexiconSource> Lexicon,
        List<(Article Article, DuplicateKey Key, List<MentionCount> Mentions)> Articles, List<Problem> Problems, List<Problem> Warnings);

    private static PartialFile Read(string path)
    {
        IList<PartialRow> rows;
        try
        {
            using var stream = File.OpenRead(path);
            // Task.Run: no caller's synchronization context (a notebook's) is captured by Parquet.Net's awaits.
            rows = Task.Run(async () => (await ParquetSerializer.DeserializeAsync<PartialRow>(stream)).Data).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Any file may be passed here; whatever Parquet.Net throws on one that is not a partial becomes one line.
            throw new PartialException($"{path}: not a NewsLens partial file ({e.Message}); write one with newslens count --shard k/N --partial {path}");
        }
        if (rows.Count == 0 || rows[0].Kind != PartialRow.ShardKind || rows[0].Shard is null || rows[0].Shards is null)
            throw new PartialException($"{path}: not a NewsLens partial file (no shard row at the start); write one with newslens count --shard k/N --partial {path}");
        if (rows[0].Version != Version)
            throw new PartialException($"{path}: partial file of layout {rows[0].Version}, this NewsLens reads {Version}; count the shards again with this version");

        var part = new PartialFile(path, rows[0], [], [], [], []);
        List<MentionCount>? current = null;
        foreach (var r in rows.Skip(1))
        {
            switch (r.Kind)
            {
                case PartialRow.LexiconKind:
                    part.Lexicon.Add(new LexiconSource(r.Name ?? "", r.Text ?? ""));
                    break;
                case PartialRow.ArticleKind:
                    var article = new Article(r.Id ?? "", r.Title ?? "", r.Byline, r.Source, r.Published is { } d ? DateOnly.FromDateTime(d) : null,
                        r.Url, null, r.Dateline, "", [], r.Words ?? 0, r.Path ?? "", r.Line ?? 0);
                    var key = new DuplicateKey(r.UrlHigh is { } h && r.UrlLow is { } l ? new UInt128((ulong)h, (ulong)l) : null,
                        new UInt128((ulong)(r.ContentHigh ?? 0), (ulong)(r.ContentLow ?? 0)));
                    current = [];
                    part.Articles.Add((article, key, current));
                    break;
                case PartialRow.MentionKind when current is not null:
                    current.Add(new MentionCount(0, r.Entry ?? 0, r.Count ?? 0, r.FirstOffset ?? 0, (byte)(r.Where ?? 0)));
                    break;
                case PartialRow.ProblemKind or PartialRow.WarningKind:
                    var problem = new Problem(r.Path ?? "", r.Line ?? 0, r.Text ?? "", Enum.TryParse<ProblemKind>(r.Name, out var kind) ? kind : default);
                    (r.Kind == PartialRow.ProblemKind ? part.Problems : part.Warnings).Add(problem);
                    break;
                default:
                    throw new PartialException($"{path}: row of kind '{r.Kind}' out of place; the file is damaged, count the shard again");
            }
        }
        return part;
    }
}
