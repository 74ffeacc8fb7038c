using NewsLens.Tests.Support;

namespace NewsLens.Tests.Reading;

/// <summary>Fields of an export that NewsLens does not read itself are kept on the article and as table columns.</summary>
public sealed class ExtraFieldTests
{
    [Fact]
    public void Repeated_export_values_are_shared_and_never_mistaken_for_a_similar_one()
    {
        // One thread, in order: values kept by earlier records are looked up before a new string is made.
        string[] desks = ["World", "aWorldb", " World ", "World", "Wor\u006cd", "Welt\u00e4", "Weltä", "World"];
        var articles = desks.Select((desk, i) => JsonLinesReader.ParseLine(System.Text.Encoding.UTF8.GetBytes(
            $$"""{"title": "BRIEF {{i}}", "date": "2022-05-0{{1 + i}}", "text": "LONDON - Brief.", "desk": "{{desk}}"}"""), i + 1, "wire.jsonl").Article!).ToList();

        Assert.Equal(["World", "aWorldb", "World", "World", "World", "Weltä", "Weltä", "World"], articles.Select(a => a.Fields["desk"]));
        Assert.Same(articles[0].Fields["desk"], articles[3].Fields["desk"]);
        Assert.Same(articles[0].Fields["desk"], articles[7].Fields["desk"]);
    }

    [Fact]
    public void Jsonl_keeps_other_fields_short_enough_to_group_by()
    {
        using var dir = new TempFolder();
        var summary = new string('x', ArticleFields.MaxValueLength + 1);
        var path = dir.Write("desk.jsonl",
            "{\"title\":\"FERRY FARES RISE\",\"date\":\"2021-03-02\",\"text\":\"PORTSMOUTH - Fares rose.\",\"Desk\":\"Shipping\",\"id\":\"pw-1\"," +
            "\"tags\":[\"ferries\",\"fares\"],\"meta\":{\"editor\":\"R. Hale\"},\"pages\":4,\"summary\":\"" + summary + "\",\"blank\":\"  \"}\n" +
            "{\"title\":\"COUNCIL MEETS\",\"date\":\"2021-03-03\",\"text\":\"The council met.\",\"desk\":\"City\"}\n");

        var corpus = Corpus.Load(path);

        var first = corpus.Rows[0];
        Assert.Equal("Shipping", first.Fields["desk"]);
        Assert.Equal("pw-1", first.Fields["ID"]);
        Assert.Equal("ferries, fares", first.Fields["tags"]);
        Assert.Equal("4", first.Fields["pages"]);
        // An object without a name, an over-long value and a blank one are not kept as groupable fields.
        Assert.False(first.Fields.ContainsKey("meta"));
        Assert.False(first.Fields.ContainsKey("summary"));
        Assert.False(first.Fields.ContainsKey("blank"));
        // The known fields are not repeated among the extras.
        Assert.False(first.Fields.ContainsKey("title"));
        Assert.False(first.Fields.ContainsKey("date"));

        var table = corpus.Table;
        // "Desk" and "desk" are one column, named as first seen; "id" is the article id, so the field's column is set apart.
        Assert.Equal(["Shipping", "City"], table["Desk"].Cast<string>());
        Assert.Equal("pw-1", table["field_id"][0]);
        Assert.Null(table["field_id"][1]);
        Assert.Equal(["Shipping", "City"], corpus.Rows.Select(Grouping.Named("DESK").KeyOf));
    }

    [Fact]
    public void Csv_keeps_columns_it_does_not_read()
    {
        using var dir = new TempFolder();
        var path = dir.Write("desk.csv", "headline,published,body,region,desk\n" +
            "PORT TALKS RESUME,2021-04-01,Talks resumed.,South,Shipping\n" +
            "GALES CLOSE HARBOUR,2021-04-02,The harbour closed.,North,\n");

        var corpus = Corpus.Load(path);

        Assert.Equal("South", corpus.Rows[0].Fields["region"]);
        Assert.Equal("Shipping", corpus.Rows[0].Fields["desk"]);
        Assert.False(corpus.Rows[1].Fields.ContainsKey("desk"));
        Assert.Equal(2, corpus.Rows[0].Fields.Count);
        Assert.Equal(["South", "North"], corpus.Table["region"].Cast<string>());
    }

    [Fact]
    public void Articles_with_the_same_fields_are_equal()
    {
        var a = ArticleFields.Of([new("desk", "City"), new("region", "North")]);
        var b = ArticleFields.Of([new("desk", "City"), new("region", "North")]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ArticleFields.Of([new("desk", "Shipping"), new("region", "North")]));
        Assert.Same(ArticleFields.None, ArticleFields.Of([new("desk", " ")]));
    }
}
