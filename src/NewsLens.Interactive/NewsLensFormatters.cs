using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using NewsLens.Corpora;
using NewsLens.Matching;
using NewsLens.Timelines;

namespace NewsLens.Interactive;

/// <summary>Registers the NewsLens views as the notebook's HTML for NewsLens objects.</summary>
public static class NewsLensFormatters
{
    /// <summary>Registers every formatter; safe to call more than once.</summary>
    public static void Register()
    {
        Formatter.Register<Corpus>(Views.Corpus, HtmlFormatter.MimeType);
        Formatter.Register<Mentions>(Views.Mentions, HtmlFormatter.MimeType);
        Formatter.Register<Timeline>(Views.Timeline, HtmlFormatter.MimeType);
        Formatter.Register<CoMentions>(Views.CoMentions, HtmlFormatter.MimeType);
        Formatter.Register<IReadOnlyList<ContextRow>>(Views.InContext, HtmlFormatter.MimeType);
        Formatter.Register<IReadOnlyList<Candidate>>(Views.Candidates, HtmlFormatter.MimeType);
        Formatter.Register<Plotly.NET.GenericChart>(ChartHtml.Of, HtmlFormatter.MimeType);
    }
}

/// <summary>The kernel extension .NET Interactive loads from the package: it registers the formatters.</summary>
public sealed class NewsLensKernelExtension : IKernelExtension
{
    /// <inheritdoc />
    public Task OnLoadAsync(Kernel kernel)
    {
        NewsLensFormatters.Register();
        return Task.CompletedTask;
    }
}
