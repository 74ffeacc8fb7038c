namespace NewsLens;

/// <summary>Positions [From, To) in a file: the lines a shard reads are those that start there.</summary>
internal readonly record struct ByteRange(long From, long To)
{
    /// <summary>Every position.</summary>
    public static readonly ByteRange All = new(0, long.MaxValue);

    /// <summary>Whether the range holds <paramref name="position"/>.</summary>
    public bool Holds(long position) => position >= From && position < To;
}
