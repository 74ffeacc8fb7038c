namespace NewsLens;

/// <summary>
/// The merge of partial files: checked as a set first, then read in shard order with duplicates dropped as one
/// machine drops them, so that every record of the corpus is an article kept, a duplicate or a problem.
/// </summary>
internal static class PartialMerge
{
    /// <summary>The files' headers in shard order, and the lexicon they were counted with.</summary>
    /// <exception cref="PartialException">A file is not a partial, a shard is missing (and not among <paramref name="failed"/>) or given twice, or the files come from different corpora, lexicons or shard counts.</exception>
    public static (IReadOnlyList<PartialHeader> Parts, Lexicon Lexicon) Check(IEnumerable<string> paths, IReadOnlyDictionary<int, string> failed)
    {
        // Headers are read side by side; the first bad file in the order given is the one reported.
        var files = paths.ToArray();
        var read = new PartialHeader?[files.Length];
        var errors = new PartialException?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            try { read[i] = PartialReader.Header(files[i]); }
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
        return (parts, Lexicon.Of(first.Lexicon).WithMetonyms(first.Metonyms));
    }

    /// <summary>
    /// Reads the checked parts' rows in shard order, handing each article kept to <paramref name="kept"/> and then each
    /// of its mention counts to <paramref name="mention"/> (duplicates and their counts are left out), and returns the
    /// corpus summary, with each <paramref name="failed"/> shard as one problem.
    /// </summary>
    /// <exception cref="PartialException">A file is damaged past its header.</exception>
    public static CorpusSummary Run(IReadOnlyList<PartialHeader> parts, IReadOnlyDictionary<int, string> failed, PartialColumns columns,
        Action<Article> kept, Action<MentionCount> mention)
    {
        var duplicates = new Duplicates(parts.Sum(p => p.Records));
        var tally = new SummaryTally();
        var problems = new List<Problem>();
        var warnings = new List<Problem>();
        // A path or site is the same few strings over and over; Parquet gives a new copy for every row.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Pooled(string? s) => s is null ? null : pool.TryGetValue(s, out var known) ? known : pool[s] = s;
        var records = 0;
        PartialHeader? current = null;
        var (haveArticle, keep) = (false, false);
        foreach (var (part, group, t) in PartialReader.Tables(parts, columns))
        {
            if (!ReferenceEquals(part, current)) (current, records, haveArticle) = (part, records + part.Records, false);
            // Row 0 of the first group is the shard row the header was read from.
            for (var r = group == 0 ? 1 : 0; r < t.Rows; r++)
            {
                var kind = t.Kinds[r];
                switch (kind)
                {
                    case PartialTable.LexiconKind:
                        break; // read with the header
                    case PartialTable.ArticleKind:
                        var article = new Article(t.IdValues[r] ?? "", t.TitleValues[r] ?? "", t.BylineValues[r], Pooled(t.SourceValues[r]),
                            t.PublishedValues[r] is { } d ? DateOnly.FromDateTime(d) : null, t.UrlValues[r], null, t.DatelineValues[r], "", [],
                            t.WordsValues[r] ?? 0, Pooled(t.PathValues[r]) ?? "", t.LineValues[r] ?? 0);
                        var key = new DuplicateKey(t.UrlHighValues[r] is { } h && t.UrlLowValues[r] is { } l ? new UInt128((ulong)h, (ulong)l) : null,
                            new UInt128((ulong)(t.ContentHighValues[r] ?? 0), (ulong)(t.ContentLowValues[r] ?? 0)));
                        haveArticle = true;
                        if (duplicates.Check(article, key) is { } repeat)
                        {
                            keep = false;
                            problems.Add(repeat);
                            break;
                        }
                        keep = true;
                        tally.Add(article);
                        kept(article);
                        break;
                    case PartialTable.MentionKind when haveArticle:
                        if (keep)
                            mention(new MentionCount(0, t.EntryValues[r] ?? 0, t.CountValues[r] ?? 0, t.FirstOffsetValues[r] ?? 0, (byte)(t.WhereValues[r] ?? 0)));
                        break;
                    case PartialTable.ProblemKind or PartialTable.WarningKind:
                        var problem = new Problem(t.PathValues[r] ?? "", t.LineValues[r] ?? 0, t.TextValues[r] ?? "",
                            Enum.TryParse<ProblemKind>(t.NameValues[r], out var problemKind) ? problemKind : default);
                        (kind == PartialTable.ProblemKind ? problems : warnings).Add(problem);
                        break;
                    default:
                        throw new PartialException($"{part.Path}: a row of kind {kind} out of place; the file is damaged, count the shard again");
                }
            }
        }
        var shards = parts[0].Shards;
        foreach (var (shard, reason) in failed.OrderBy(f => f.Key))
            problems.Add(new Problem($"shard {shard}/{shards}", 0, $"failed on every attempt, its records are not counted: {reason}", ProblemKind.FailedShard));
        return tally.Summary(parts[0].Files, records + failed.Count, problems, warnings);
    }
}
