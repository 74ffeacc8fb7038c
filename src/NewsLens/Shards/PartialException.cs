namespace NewsLens;

/// <summary>Partial files that cannot be merged: not a partial, a shard missing or given twice, or parts of different counts.</summary>
public sealed class PartialException(string message) : Exception(message);
