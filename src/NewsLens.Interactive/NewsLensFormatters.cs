using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.Data.Analysis;

namespace NewsLens;

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
        Formatter.Register<Spikes>(s => Views.Spikes(s), HtmlFormatter.MimeType);
        Formatter.Register<GroupedTimeline>(Views.Grouped, HtmlFormatter.MimeType);
        Formatter.Register<Coverage>(c => Views.Coverage(c), HtmlFormatter.MimeType);
        Formatter.Register<KeywordInContext>(Views.InContext, HtmlFormatter.MimeType);
        Formatter.Register<IReadOnlyList<ContextRow>>(Views.InContext, HtmlFormatter.MimeType);
        Formatter.Register<Candidates>(Views.Candidates, HtmlFormatter.MimeType);
        Formatter.Register<IReadOnlyList<Candidate>>(Views.Candidates, HtmlFormatter.MimeType);
        Formatter.Register<Plotly.NET.GenericChart>(ChartHtml.Of, HtmlFormatter.MimeType);
        // Frames and lists the kit returns read as tables, not as .NET object dumps.
        Formatter.Register<DataFrame>(Views.Frame, HtmlFormatter.MimeType);
        Formatter.Register<DataFrameColumn>(Views.FrameColumn, HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<Article>>(Views.Articles, HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<Problem>>(p => Views.Problems(p.ToList()), HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<SourceCount>>(Views.Sources, HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<CoMention>>(Views.Pairs, HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<MentionRow>>(Views.Records, HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<TimelineRow>>(Views.Records, HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<EntityTotal>>(Views.Records, HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<LexiconEntry>>(Views.Records, HtmlFormatter.MimeType);
    }
}

/// <summary>
/// The kernel extension .NET Interactive loads from the package (<c>#r "nuget: NewsLens.Interactive, …"</c>): it
/// registers the formatters and opens the <c>NewsLens</c> (and, as file-based apps do, <c>System.IO</c>) namespaces in
/// the C# kernel, so the next cell can say
/// <c>Corpus.Load(path)</c>.
/// </summary>
public sealed class NewsLensKernelExtension : IKernelExtension
{
    /// <inheritdoc />
    public async Task OnLoadAsync(Kernel kernel)
    {
        NewsLensFormatters.Register();
        var csharp = kernel.Name == "csharp" ? kernel : (kernel.RootKernel as CompositeKernel)?.ChildKernels.FirstOrDefault(k => k.Name == "csharp");
        if (csharp is not null)
            await csharp.SendAsync(new Microsoft.DotNet.Interactive.Commands.SubmitCode("using System.IO;\nusing NewsLens;"));
    }
}
