using System.Text.Json;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

public sealed class SpikesCommandTests
{
    [Fact]
    public void Csv_has_the_documented_header_and_a_row_for_the_planted_spike()
    {
        using var dir = new TempFolder();
        var (jsonl, lexicon) = PortNews.Write(dir);

        var (exit, output, error) = CliRunner.Run("spikes", jsonl, "--lexicon", lexicon);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("error", error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("entity,label,kind,first_period,last_period,articles,expected,ratio,score,top_phrases,top_titles", lines[0]);
        var row = Assert.Single(lines, l => l.StartsWith("alvarez,", StringComparison.Ordinal));
        Assert.StartsWith("alvarez,Marta Alvarez,person,2019-03-01,2019-03-01,15,", row);
        Assert.Contains(",dock strike|", row);
        Assert.Contains("DOCK STRIKE", row);
    }

    [Fact]
    public void Same_input_gives_byte_identical_output_and_json_holds_the_same_spikes()
    {
        using var dir = new TempFolder();
        var (jsonl, lexicon) = PortNews.Write(dir);

        var first = CliRunner.Run("spikes", jsonl, "--lexicon", lexicon).Out;
        Assert.Equal(first, CliRunner.Run("spikes", jsonl, "--lexicon", lexicon).Out);
        var json = JsonDocument.Parse(CliRunner.Run("spikes", jsonl, "--lexicon", lexicon, "--format", "json").Out).RootElement;

        Assert.Equal(first.TrimEnd('\n').Split('\n').Length - 1, json.GetArrayLength());
        var spike = json.EnumerateArray().Single(s => s.GetProperty("entity").GetString() == "alvarez");
        Assert.Equal("2019-03-01", spike.GetProperty("first_period").GetString());
        Assert.Equal(5, spike.GetProperty("top_titles").GetArrayLength());
    }

    [Fact]
    public void A_steady_corpus_gives_only_the_header()
    {
        using var dir = new TempFolder();
        var (jsonl, lexicon) = PortNews.Write(dir, burst: false);

        var (exit, output, _) = CliRunner.Run("spikes", jsonl, "--lexicon", lexicon);

        Assert.Equal(0, exit);
        Assert.Equal("entity,label,kind,first_period,last_period,articles,expected,ratio,score,top_phrases,top_titles\n", output);
    }
}
