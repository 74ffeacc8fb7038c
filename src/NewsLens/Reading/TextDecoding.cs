using System.Text;

namespace NewsLens;

/// <summary>Turns a file's bytes into text: BOMs honoured, UTF-8 preferred, Windows-1252 when the bytes are not UTF-8.</summary>
internal static class TextDecoding
{
    /// <summary>Strict UTF-8: an invalid byte throws instead of becoming U+FFFD, so that a cp1252 file is noticed.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, the usual encoding of text that is not UTF-8 in English news exports.</summary>
    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available on this platform.");

    /// <summary>How many leading bytes are checked for NUL to call a file binary.</summary>
    private const int BinaryProbeLength = 8192;

    /// <summary>True when the bytes look like a binary file rather than text: a NUL byte near the start, outside a UTF-16 BOM.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (HasUtf16Bom(head)) return false;
        return head[..Math.Min(head.Length, BinaryProbeLength)].Contains((byte)0);
    }

    /// <summary>Decodes a whole file. <paramref name="usedWindows1252"/> tells whether the UTF-8 attempt failed.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out bool usedWindows1252)
    {
        usedWindows1252 = false;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            usedWindows1252 = true;
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>The reason text for a file read as Windows-1252.</summary>
    public const string Windows1252Reason =
        "not valid UTF-8; read as Windows-1252 (save the file as UTF-8 to silence this)";

    private static bool HasUtf16Bom(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
}
