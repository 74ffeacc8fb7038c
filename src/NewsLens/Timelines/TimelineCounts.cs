namespace NewsLens;

/// <summary>
/// A timeline's sums gathered one article at a time, so that a merge can stream shards into it without keeping the
/// articles; <see cref="Timeline.Of(Mentions, Period)"/> gathers the same way, so both give the same timeline.
/// Periods are kept as they are met and laid out in date order only at the end.
/// </summary>
internal sealed class TimelineCounts(int entries, Period period)
{
    private readonly Dictionary<DateOnly, int> _slotOf = [];
    private readonly List<DateOnly> _starts = [];
    private readonly List<int> _articles = [];
    private readonly List<long> _words = [];
    private readonly EntrySlots?[] _entries = new EntrySlots?[entries];
    private readonly long[] _undatedMentions = new long[entries];
    private (DateOnly Date, int Slot) _last = (DateOnly.MinValue, -1);

    /// <summary>The bucket size.</summary>
    public Period Period => period;

    /// <summary>Articles without a date.</summary>
    public int Undated { get; private set; }

    /// <summary>Period starts met so far, in the order met (index = slot).</summary>
    public IReadOnlyList<DateOnly> Starts => _starts;

    /// <summary>Adds an article; returns its period's slot for <see cref="Add(int, MentionCount)"/>, or -1 when it is undated.</summary>
    public int Add(DateOnly? published, int words)
    {
        if (published is not { } date)
        {
            Undated++;
            return -1;
        }
        // Articles come in runs of the same day (files are often in date order): one lookup per run.
        var slot = date == _last.Date ? _last.Slot : SlotOf(period.StartOf(date));
        _last = (date, slot);
        _articles[slot]++;
        _words[slot] += words;
        return slot;
    }

    /// <summary>Adds one article's mentions of one entry; <paramref name="slot"/> is what <see cref="Add(DateOnly?, int)"/> gave for the article.</summary>
    public void Add(int slot, MentionCount count)
    {
        var e = _entries[count.Entry] ??= new EntrySlots();
        if (slot < 0)
        {
            _undatedMentions[count.Entry] += count.Count;
            return;
        }
        e.Grow(_starts.Count);
        e.Mentions[slot] += count.Count;
        e.Articles[slot]++;
        if (count.About) e.About[slot]++;
    }

    /// <summary>Dated articles in a period's slot.</summary>
    public int Articles(int slot) => _articles[slot];

    /// <summary>Words of the dated articles in a period's slot.</summary>
    public long Words(int slot) => _words[slot];

    /// <summary>Entries with at least one mention, dated or not, in lexicon order.</summary>
    public IEnumerable<int> Mentioned() => Enumerable.Range(0, _entries.Length).Where(e => _entries[e] is not null);

    /// <summary>An entry's sums in one slot (zeros for a slot it was never mentioned in).</summary>
    public (long Mentions, long Articles, long About) Of(int entry, int slot) =>
        _entries[entry] is { } e && slot < e.Mentions.Length ? (e.Mentions[slot], e.Articles[slot], e.About[slot]) : (0, 0, 0);

    /// <summary>An entry's mentions in undated articles.</summary>
    public long UndatedMentions(int entry) => _undatedMentions[entry];

    private int SlotOf(DateOnly start)
    {
        if (_slotOf.TryGetValue(start, out var slot)) return slot;
        slot = _starts.Count;
        _slotOf[start] = slot;
        _starts.Add(start);
        _articles.Add(0);
        _words.Add(0);
        return slot;
    }

    /// <summary>One entry's sums by slot, grown as periods are met.</summary>
    private sealed class EntrySlots
    {
        public long[] Mentions = [], Articles = [], About = [];

        public void Grow(int slots)
        {
            if (Mentions.Length >= slots) return;
            var size = Math.Max(slots, Mentions.Length * 2);
            Array.Resize(ref Mentions, size);
            Array.Resize(ref Articles, size);
            Array.Resize(ref About, size);
        }
    }
}
