namespace NewsLens.Notebooks;

/// <summary>What rendering one notebook produced.</summary>
/// <param name="Name">File name without extension.</param>
/// <param name="Title">The first heading of the notebook.</param>
/// <param name="Summary">The first paragraph after it, for the index.</param>
/// <param name="Ipynb">The executed notebook written.</param>
/// <param name="Html">The standalone page written.</param>
/// <param name="Run">The run, with its failure if any.</param>
public sealed record RenderedNotebook(string Name, string Title, string Summary, string Ipynb, string Html, NotebookRun Run)
{
    /// <summary>The corpus it read (its corpusPath parameter, absolute), if it has one.</summary>
    public string? CorpusPath { get; init; }
}
