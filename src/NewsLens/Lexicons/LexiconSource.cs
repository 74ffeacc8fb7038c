namespace NewsLens;

/// <summary>One lexicon file as read: its name in messages and its YAML.</summary>
internal readonly record struct LexiconSource(string Name, string Yaml);
