namespace NewsLens;

/// <summary>One lexicon file as read: its name in messages and its YAML, so another machine can compile the same lexicon.</summary>
/// <param name="Name">The file's path as given (or the name given to <see cref="Lexicon.Parse"/>).</param>
/// <param name="Yaml">The file's text.</param>
public sealed record LexiconSource(string Name, string Yaml);
