using NewsLens;

namespace NewsLens.Tests.Shards;

/// <summary>How a corpus's bytes are cut into parts: every byte in exactly one part, parts in order and nearly equal.</summary>
public sealed class CorpusShardTests
{
    [Theory]
    [InlineData(1, 1L)]
    [InlineData(3, 10L)]
    [InlineData(7, 100L)]
    [InlineData(8, 8L)]
    [InlineData(13, 5L)]
    [InlineData(64, 3_700_000_000_000L)]
    public void Every_byte_lies_in_exactly_one_part_and_parts_follow_each_other(int count, long total)
    {
        var parts = Enumerable.Range(0, count).Select(k => new CorpusShard(k, count).Bytes(total)).ToList();
        Assert.Equal(0, parts[0].From);
        Assert.Equal(long.MaxValue, parts[^1].To);
        for (var k = 1; k < count; k++) Assert.Equal(parts[k - 1].To, parts[k].From);
        // Sizes differ by at most one byte, except the last, which also holds whatever lies past the end.
        var sizes = parts.Take(count - 1).Select(p => p.To - p.From).Append(total - parts[^1].From).ToList();
        Assert.True(sizes.Max() - sizes.Min() <= 1, string.Join(", ", sizes));
        Assert.Equal(total, sizes.Sum());
        foreach (var position in new[] { 0, total / 3, total / 2, total - 1 }.Where(p => p >= 0))
            Assert.Single(Enumerable.Range(0, count), k => new CorpusShard(k, count).Bytes(total).Holds(position));
    }

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("3/8", 3, 8)]
    [InlineData("63/64", 63, 64)]
    public void A_shard_is_read_from_k_slash_n(string text, int index, int count) =>
        Assert.Equal(new CorpusShard(index, count), CorpusShard.Parse(text));

    [Theory]
    [InlineData("8/8")]
    [InlineData("1/0")]
    [InlineData("-1/4")]
    [InlineData("3")]
    [InlineData("1/2/3")]
    [InlineData("one/two")]
    public void Anything_else_is_refused_with_the_form_expected(string text)
    {
        var e = Assert.Throws<FormatException>(() => CorpusShard.Parse(text));
        Assert.Contains("write k/N with N parts numbered from 0", e.Message);
    }
}
