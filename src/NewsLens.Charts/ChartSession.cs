namespace NewsLens;

/// <summary>
/// What the charts of one notebook session share: each entity's colour, and whether plotly.js has been sent to the
/// page yet. A renderer begins a session per notebook (<see cref="Begin"/>); a kernel or app that begins none has one
/// session for its whole process, which is what a Jupyter kernel running one notebook needs.
/// </summary>
public sealed class ChartSession
{
    private static readonly ChartSession Process = new();
    private static readonly AsyncLocal<ChartSession?> Scoped = new();
    private readonly Lock _gate = new();
    private int _charts;

    /// <summary>The session the charts built here belong to.</summary>
    public static ChartSession Current => Scoped.Value ?? Process;

    /// <summary>Colours given to entities in this session.</summary>
    public EntityColors Colors { get; } = new();

    /// <summary>Starts a new session for the code that runs until the returned scope is disposed (one notebook).</summary>
    public static IDisposable Begin()
    {
        var previous = Scoped.Value;
        Scoped.Value = new ChartSession();
        return new Scope(() => Scoped.Value = previous);
    }

    /// <summary>Numbers the next chart shown in a page of this session; the first one carries plotly.js.</summary>
    public (int Number, bool WithScript) NextChart()
    {
        lock (_gate)
        {
            _charts++;
            return (_charts, _charts == 1);
        }
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
