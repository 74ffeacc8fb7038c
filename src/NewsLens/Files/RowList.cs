using System.Collections;
using Microsoft.Data.Analysis;

namespace NewsLens;

/// <summary>
/// A result that is a list of records: <see cref="Rows"/> to read in code, <see cref="Table"/> as a DataFrame (columns
/// named like the record's properties, in <see cref="ColumnName"/> form), and the list itself for LINQ.
/// </summary>
public abstract class RowList<TRow> : IReadOnlyList<TRow>
{
    private readonly Lazy<DataFrame> _table;

    private protected RowList(IReadOnlyList<TRow> rows)
    {
        Rows = rows;
        _table = new Lazy<DataFrame>(() => ToTable(rows));
    }

    /// <summary>The records, in the result's order.</summary>
    public IReadOnlyList<TRow> Rows { get; }

    /// <summary>The records as a DataFrame, built on first use.</summary>
    public DataFrame Table => _table.Value;

    /// <inheritdoc />
    public int Count => Rows.Count;

    /// <inheritdoc />
    public TRow this[int index] => Rows[index];

    /// <inheritdoc />
    public IEnumerator<TRow> GetEnumerator() => Rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private protected abstract DataFrame ToTable(IReadOnlyList<TRow> rows);
}
