using Microsoft.Data.Analysis;

namespace NewsLens;

/// <summary>Names a lexicon lacks, widest first: <c>corpus.Discover(actors)</c> (see <see cref="Discovery.Find"/>).</summary>
public sealed class Candidates : RowList<Candidate>
{
    internal Candidates(IReadOnlyList<Candidate> rows) : base(rows) { }

    private protected override DataFrame ToTable(IReadOnlyList<Candidate> candidates) => new(
        new StringDataFrameColumn(ColumnName.Of(nameof(Candidate.Phrase)), candidates.Select(c => c.Phrase)),
        new Int32DataFrameColumn(ColumnName.Of(nameof(Candidate.Mentions)), candidates.Select(c => c.Mentions)),
        new Int32DataFrameColumn(ColumnName.Of(nameof(Candidate.Articles)), candidates.Select(c => c.Articles)),
        new Int32DataFrameColumn(ColumnName.Of(nameof(Candidate.Cued)), candidates.Select(c => c.Cued)),
        new StringDataFrameColumn(ColumnName.Of(nameof(Candidate.Example)), candidates.Select(c => c.Example)),
        new DateTimeDataFrameColumn(ColumnName.Of(nameof(Candidate.ExampleDate)), candidates.Select(c => c.ExampleDate?.ToDateTime(TimeOnly.MinValue))));
}
