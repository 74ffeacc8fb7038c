using NewsLens;
using NewsLens.Tests.Cli;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Shards;

/// <summary>
/// A corpus counted in shards and merged gives what one machine's count gives, byte for byte, whatever the number
/// of shards: duplicates planted across shard borders are found, every record is read by exactly one shard.
/// </summary>
public sealed class ShardMergeTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly string _corpus;
    private readonly string _lexicon;

    public ShardMergeTests() => (_corpus, _lexicon) = HarbourWire.Write(_dir);

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(40)]
    public void Merged_shards_write_what_one_count_writes(int shards)
    {
        var partials = CountShards(shards);
        foreach (var (period, format) in new[] { ("month", "csv"), ("week", "json"), ("year", "csv") })
        {
            var one = CliRunner.Run("count", _corpus, "--lexicon", _lexicon, "--period", period, "--format", format);
            var merged = CliRunner.Run(["merge", .. partials, "--period", period, "--format", format]);
            Assert.Equal(0, one.Exit);
            Assert.Equal(0, merged.Exit);
            Assert.Equal(one.Out, merged.Out);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(11)]
    public void Merged_articles_are_the_ones_one_machine_keeps_in_its_order(int shards)
    {
        var lexicon = Lexicon.Load(_lexicon);
        var stream = Corpus.Stream(_corpus);
        var one = stream.Count(lexicon);
        var merged = Partials.Merge(CountShards(shards));

        Assert.Equal(one.Articles.Select(a => a.Id), merged.Mentions.Articles.Select(a => a.Id));
        Assert.Equal(one.Rows, merged.Mentions.Rows);
        var summary = stream.Corpus.Summary;
        Assert.Equal((summary.Records, summary.Articles, summary.Duplicates, summary.Problems.Count),
            (merged.Summary.Records, merged.Summary.Articles, merged.Summary.Duplicates, merged.Summary.Problems.Count));
        Assert.Equal(summary.Problems.Select(p => (p.Path, p.Line, p.Kind)).Order(), merged.Summary.Problems.Select(p => (p.Path, p.Line, p.Kind)).Order());
    }

    [Fact]
    public void The_planted_duplicates_are_what_the_comparison_rests_on()
    {
        // One machine drops the url repeat, the text repeat, the seed repeat and the chain's middle link, and keeps its
        // last link: so a merge that dropped nothing across shards, or dropped by every record's keys, would differ.
        var stream = Corpus.Stream(_corpus);
        var lexicon = Lexicon.Load(_lexicon);
        var mentions = stream.Count(lexicon);
        var summary = stream.Corpus.Summary;
        // Every entry of the lexicon is found, the weak surname and the dateline country included.
        Assert.Equal(["alvarez", "dockers", "weather", "okafor", "norway"], lexicon.Entries.Select(e => e.Id));
        Assert.Equal(lexicon.Entries.Count, mentions.Rows.Select(r => r.Entity).Distinct().Count());
        Assert.Equal(5, summary.Duplicates);
        Assert.Contains(stream.Corpus.Rows, a => a.Url == "https://harbourwire.example/chain/third");
        Assert.Equal(2, summary.Problems.Count(p => p.Kind != ProblemKind.Duplicate));
        Assert.Equal(HarbourWire.Records, summary.Records);
    }

    [Fact]
    public void Every_record_is_read_by_exactly_one_shard()
    {
        const int shards = 6;
        var lexicon = Lexicon.Load(_lexicon);
        var seen = new List<(string Path, int Line)>();
        var records = 0;
        var parquetShards = 0;
        for (var k = 0; k < shards; k++)
        {
            var part = Corpus.Stream(_corpus).Shard(new CorpusShard(k, shards));
            part.Count(lexicon);
            if (part.Corpus.Rows.Any(a => a.Path == "export")) parquetShards++;
            seen.AddRange(part.Corpus.Rows.Select(a => (a.Path, a.Line)));
            seen.AddRange(part.Corpus.Summary.Problems.Select(p => (p.Path, p.Line)));
            records += part.Corpus.Summary.Records;
        }
        Assert.Equal(HarbourWire.Records, records);
        // The Parquet export (its rows keep the path they were exported from) is split between shards by row group.
        Assert.True(parquetShards >= 2, $"the Parquet export was read by {parquetShards} shard(s)");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(records, seen.Count);
    }

    [Fact]
    public void A_missing_or_repeated_shard_is_named_and_nothing_is_written()
    {
        var partials = CountShards(3);
        var missing = CliRunner.Run("merge", partials[0], partials[2]);
        Assert.Equal(1, missing.Exit);
        Assert.Equal("", missing.Out);
        Assert.Contains("1 of 3 shards missing: 1/3", missing.Err);

        var twice = CliRunner.Run("merge", partials[0], partials[1], partials[2], partials[1]);
        Assert.Equal(1, twice.Exit);
        Assert.Contains("shard 1/3 is given twice", twice.Err);
    }

    [Fact]
    public void Parts_of_different_counts_are_refused()
    {
        var three = CountShards(3);
        var two = CountShards(2, "other");
        var mixed = CliRunner.Run("merge", three[0], three[1], two[1]);
        Assert.Equal(1, mixed.Exit);
        Assert.Contains("all shards of one count are cut the same way", mixed.Err);

        var otherLexicon = _dir.Write("other.yaml", HarbourWire.LexiconYaml.Replace("\"Norwegian\"", "\"Norse\""));
        var other = Path.Combine(_dir.Path, "lexicon-changed.parquet");
        Assert.Equal(0, CliRunner.Run("count", _corpus, "--lexicon", otherLexicon, "--shard", "2/3", "--partial", other).Exit);
        var lexicons = CliRunner.Run("merge", three[0], three[1], other);
        Assert.Equal(1, lexicons.Exit);
        Assert.Contains("counted another lexicon", lexicons.Err);
    }

    [Fact]
    public void A_file_that_is_not_a_partial_gets_one_clear_line()
    {
        var text = _dir.Write("notes.parquet", "not parquet at all");
        var result = CliRunner.Run("merge", text);
        Assert.Equal(1, result.Exit);
        Assert.StartsWith($"error: {text}: not a NewsLens partial file", result.Err);
        Assert.Single(result.Err.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_missing_partial_file_is_named()
    {
        var gone = Path.Combine(_dir.Path, "parts", "9.parquet");
        var result = CliRunner.Run("merge", gone);
        Assert.Equal(1, result.Exit);
        Assert.Equal($"error: {gone}: no such file; pass the partial files that 'newslens count --shard k/N --partial FILE' wrote", result.Err.TrimEnd());
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(7, 0)]
    [InlineData(4, 97)]
    [InlineData(2, 250)]
    public void The_streamed_timeline_and_summary_are_one_machines(int shards, int groupRows)
    {
        // groupRows > 0 cuts the partials' row groups that small (tens a file, not 100,000 rows each), so articles and their mentions straddle groups.
        var files = groupRows > 0 ? SaveShards(shards, groupRows) : CountShards(shards);
        var stream = Corpus.Stream(_corpus);
        var one = stream.Count(Lexicon.Load(_lexicon));
        var full = Partials.Merge(files);
        foreach (var period in new[] { Period.Day, Period.Week, Period.Month, Period.Year })
        {
            var streamed = Partials.MergeTimeline(files, period);
            var expected = one.Timeline(period);
            Assert.NotEmpty(expected.Rows);
            Assert.Equal(expected.Rows, streamed.Timeline.Rows);
            Assert.Equal(expected.Entities, streamed.Timeline.Entities);
            Assert.Equal(expected.UndatedArticles, streamed.Timeline.UndatedArticles);
            Assert.Equal(expected.Rows, full.Timeline(period).Rows);
            Assert.Equal(Facts(stream.Corpus.Summary), Facts(streamed.Summary));
            Assert.Equal(Facts(full.Summary), Facts(streamed.Summary));
            Assert.Equal(full.Summary.Problems, streamed.Summary.Problems);
        }
        Assert.True(stream.Corpus.Summary.Undated > 0 && stream.Corpus.Summary.Duplicates > 0, "the corpus has undated articles and duplicates");
    }

    /// <summary>Everything a summary says; problems and notes sorted (one machine lists a batch's duplicates after its unreadable lines).</summary>
    private static string Facts(CorpusSummary s) =>
        $"{s.Files} {s.Records} {s.Articles} {s.Undated} {s.Duplicates} {s.First} {s.Last} {s.DatePrecision} " +
        string.Join("; ", s.Sources) + " | " + string.Join("; ", s.Problems.Select(p => p.ToString()).Order(StringComparer.Ordinal)) +
        " | " + string.Join("; ", s.Warnings.Select(p => p.ToString()).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("3/3", "is not a shard")]
    [InlineData("-1/3", "is not a shard")]
    [InlineData("a/b", "is not a shard")]
    public void A_wrong_shard_is_refused(string shard, string message)
    {
        var result = CliRunner.Run("count", _corpus, "--lexicon", _lexicon, "--shard", shard, "--partial", Path.Combine(_dir.Path, "x.parquet"));
        Assert.Equal(1, result.Exit);
        Assert.Contains(message, result.Err);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "x.parquet")));
    }

    [Fact]
    public void A_shard_needs_a_partial_file_and_a_partial_needs_a_shard()
    {
        Assert.Contains("needs --partial", CliRunner.Run("count", _corpus, "--lexicon", _lexicon, "--shard", "0/2").Err);
        Assert.Contains("give the shard too", CliRunner.Run("count", _corpus, "--lexicon", _lexicon, "--partial", "x.parquet").Err);
    }

    /// <summary>The shards' partials written through the library with <paramref name="groupRows"/> rows to a row group.</summary>
    private string[] SaveShards(int shards, int groupRows)
    {
        var lexicon = Lexicon.Load(_lexicon);
        var files = new string[shards];
        for (var k = 0; k < shards; k++)
        {
            files[k] = Path.Combine(_dir.Path, $"small-groups-{groupRows}", $"{k}.parquet");
            Directory.CreateDirectory(Path.GetDirectoryName(files[k])!);
            var part = Corpus.Stream(_corpus).Shard(new CorpusShard(k, shards));
            Partials.Save(part, part.Count(lexicon), files[k], groupRows);
        }
        return files;
    }

    private string[] CountShards(int shards, string folder = "parts")
    {
        var files = new string[shards];
        for (var k = 0; k < shards; k++)
        {
            files[k] = Path.Combine(_dir.Path, folder, $"{k}.parquet");
            var result = CliRunner.Run("count", _corpus, "--lexicon", _lexicon, "--shard", $"{k}/{shards}", "--partial", files[k]);
            Assert.True(result.Exit == 0, result.Err);
        }
        return files;
    }
}
