using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace NewsLens;

/// <summary>
/// SHA-256 of an article's title, date and text as one UTF-8 string (<c>"{prefix}{title}\n{date}\n{text}"</c>),
/// encoded into a buffer kept per thread: the same digest as hashing the joined string, without building it.
/// </summary>
internal static class ContentDigest
{
    [ThreadStatic] private static byte[]? t_buffer;

    /// <summary>Writes the digest of <c>prefix + title + "\n" + date + "\n" + text</c> to <paramref name="hash"/> (32 bytes).</summary>
    public static void Of(ReadOnlySpan<char> prefix, string title, DateOnly? published, string text, Span<byte> hash)
    {
        Span<char> date = stackalloc char[32];
        var dateLength = 0;
        // Formatted as the interpolated "{published:yyyy-MM-dd}" always was (current culture), so ids never change.
        if (published is { } day && !day.TryFormat(date, out dateLength, "yyyy-MM-dd"))
            throw new InvalidOperationException("a date did not fit its buffer");
        var most = Encoding.UTF8.GetMaxByteCount(prefix.Length + title.Length + dateLength + text.Length + 2);
        var buffer = t_buffer;
        if (buffer is null || buffer.Length < most)
        {
            buffer = new byte[Math.Max(most, 16 << 10)];
            // Bounded so that one huge article does not pin its buffer on a pool thread for the rest of the run.
            if (buffer.Length <= 4 << 20) t_buffer = buffer;
        }
        var n = Encoding.UTF8.GetBytes(prefix, buffer);
        n += Encoding.UTF8.GetBytes(title, buffer.AsSpan(n));
        buffer[n++] = (byte)'\n';
        n += Encoding.UTF8.GetBytes(date[..dateLength], buffer.AsSpan(n));
        buffer[n++] = (byte)'\n';
        n += Encoding.UTF8.GetBytes(text, buffer.AsSpan(n));
        SHA256.HashData(buffer.AsSpan(0, n), hash);
    }

    /// <summary>SHA-256 of a short string's UTF-8 bytes, without allocating them.</summary>
    public static void Of(ReadOnlySpan<char> prefix, string value, Span<byte> hash)
    {
        var most = Encoding.UTF8.GetMaxByteCount(prefix.Length + value.Length);
        var rented = most <= 1024 ? null : ArrayPool<byte>.Shared.Rent(most);
        Span<byte> buffer = rented ?? stackalloc byte[1024];
        var n = Encoding.UTF8.GetBytes(prefix, buffer);
        n += Encoding.UTF8.GetBytes(value, buffer[n..]);
        SHA256.HashData(buffer[..n], hash);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
    }
}
