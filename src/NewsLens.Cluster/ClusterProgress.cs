namespace NewsLens;

/// <summary>Where a cluster job stands.</summary>
/// <param name="Shards">Shards in the job.</param>
/// <param name="Done">Shards whose counts are saved (each counted once, however many workers raced for it).</param>
/// <param name="Failed">Shards that failed on every attempt: problems in the result, never retried again.</param>
/// <param name="Running">Attempts started and not yet finished (an attempt of a killed worker counts until it is retried).</param>
/// <param name="Articles">Articles counted in the done shards.</param>
/// <param name="ArticlesPerSecond">Articles counted per second since the first attempt started.</param>
/// <param name="Errors">The failed shards' last errors, <c>k/N: message</c>.</param>
public sealed record ClusterProgress(int Shards, int Done, int Failed, int Running, long Articles, double ArticlesPerSecond, IReadOnlyList<string> Errors)
{
    /// <summary>Every shard is done or failed: nothing more will happen.</summary>
    public bool Finished => Done + Failed == Shards;

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Done} of {Shards} shards done, {Failed} failed, {Running} running; {Articles:N0} articles, {ArticlesPerSecond:N0} articles/s";
}
