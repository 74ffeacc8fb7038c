using System.Diagnostics;

namespace NewsLens;

/// <summary>A corpus stream's progress: files, bytes and articles, reported at most every quarter second from the reading thread.</summary>
internal sealed class StreamProgress
{
    private readonly IProgress<LoadProgress>? _progress;
    private readonly long[] _sizes;
    private readonly long _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _files;
    private long _bytesDone;
    private long _partial;
    private long _lastReport = -1000;

    /// <summary>Progress over files of the given sizes, in load order; silent without <paramref name="progress"/>.</summary>
    public StreamProgress(long[] sizes, IProgress<LoadProgress>? progress)
    {
        _progress = progress;
        _sizes = sizes;
        _total = sizes.Sum();
    }

    public void Reached(int file, long position, int articles)
    {
        if (_progress is null) return;
        _partial = Math.Min(position, _sizes[file]);
        Maybe(articles);
    }

    public void Done(List<int> group, int articles)
    {
        if (_progress is null) return;
        _files += group.Count;
        foreach (var i in group) _bytesDone += _sizes[i];
        _partial = 0;
        Maybe(articles);
    }

    public void Finish(int articles) =>
        _progress?.Report(new LoadProgress(articles, _files, _sizes.Length, _bytesDone, _total, _clock.Elapsed));

    private void Maybe(int articles)
    {
        var now = _clock.ElapsedMilliseconds;
        if (now - _lastReport < 250) return;
        _lastReport = now;
        _progress!.Report(new LoadProgress(articles, _files, _sizes.Length, _bytesDone + _partial, _total, _clock.Elapsed));
    }
}
