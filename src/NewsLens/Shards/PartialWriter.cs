using System.Security.Cryptography;
using System.Text;

namespace NewsLens;

/// <summary>Writes a shard's count as a partial file (<see cref="PartialTable"/>'s layout).</summary>
internal static class PartialWriter
{
    /// <summary>Version of the partial file layout; a merge refuses files of another.</summary>
    public const int Version = 1;

    public static async Task WriteAsync(string file, CorpusShard part, CorpusStream shard, CorpusSummary summary, Mentions mentions, IReadOnlyList<DuplicateKey> keys, int groupRows)
    {
        await using var stream = File.Create(file);
        await using var writer = await Parquet.ParquetWriter.CreateAsync(PartialTable.Schema, stream);
        var t = PartialTable.WithCapacity(groupRows);
        async Task<int> Next(int kind)
        {
            if (t.Rows == groupRows)
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
}
