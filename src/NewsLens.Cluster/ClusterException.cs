namespace NewsLens;

/// <summary>The cluster cannot answer: PostgreSQL unreachable, no such job, or a result asked for before every shard is done.</summary>
public sealed class ClusterException(string message, Exception? inner = null) : Exception(message, inner);
