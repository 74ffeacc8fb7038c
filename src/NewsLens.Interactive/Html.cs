using System.Net;

namespace NewsLens;

/// <summary>Escaping for notebook HTML: article text and lexicon labels are untrusted and always shown as text.</summary>
internal static class Html
{
    /// <summary>Text as HTML text: &lt; &gt; &amp; and quotes become entities, so markup in it never runs.</summary>
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? "");

    /// <summary>A link for http(s) urls only; anything else (javascript:, data:) is shown as plain text.</summary>
    public static string Link(string? url, string text) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? $"<a href=\"{Text(uri.AbsoluteUri)}\" target=\"_blank\" rel=\"noopener noreferrer\">{Text(text)}</a>"
            : Text(text);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated";

    public static string Number(double value) =>
        value.ToString(value == Math.Floor(value) ? "N0" : "N3", System.Globalization.CultureInfo.InvariantCulture);
}
