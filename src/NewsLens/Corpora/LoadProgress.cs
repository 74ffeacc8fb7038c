namespace NewsLens;

/// <summary>How far a load has come: articles, files and bytes read out of all, and the time so far.</summary>
/// <param name="Articles">Articles loaded so far.</param>
/// <param name="FilesDone">Files read so far.</param>
/// <param name="Files">Files to read.</param>
/// <param name="BytesDone">Bytes of the files read so far.</param>
/// <param name="Bytes">Bytes of all the files.</param>
/// <param name="Elapsed">Time since the load started.</param>
public sealed record LoadProgress(int Articles, int FilesDone, int Files, long BytesDone, long Bytes, TimeSpan Elapsed)
{
    /// <summary>Megabytes per second so far.</summary>
    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? BytesDone / 1e6 / Elapsed.TotalSeconds : 0;

    /// <summary>Time left at the rate so far; null until there is a rate.</summary>
    public TimeSpan? Remaining => BytesDone > 0 ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * (Bytes - BytesDone) / BytesDone) : null;

    /// <summary>True once every file has been read.</summary>
    public bool Finished => FilesDone == Files;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Articles:N0} articles, {FilesDone:N0}/{Files:N0} files, {BytesDone / 1e6:N1}/{Bytes / 1e6:N1} MB, {MegabytesPerSecond:N1} MB/s" +
        (Finished ? $", {Elapsed:m\\:ss}" : Remaining is { } left ? $", {left:m\\:ss} left" : "");
}
