namespace NewsLens;

/// <summary>A corpus that cannot be loaded at all; the message says what is wrong and what to do.</summary>
public sealed class CorpusException(string message) : Exception(message);
