namespace Bkn.Cms.Media;

/// <summary>Recognises a file by its first bytes (not by its name): PDF, JPEG, PNG, GIF and WebP.</summary>
public static class FileSignature
{
    public sealed record Kind(string ContentType, string Extension, bool IsImage);

    public static readonly Kind Pdf = new("application/pdf", "pdf", false);
    public static readonly Kind Jpeg = new("image/jpeg", "jpg", true);
    public static readonly Kind Png = new("image/png", "png", true);
    public static readonly Kind Gif = new("image/gif", "gif", true);
    public static readonly Kind Webp = new("image/webp", "webp", true);

    /// <summary>The detected kind, or null for anything else (including SVG and HTML, which can carry scripts).</summary>
    public static Kind? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return Webp;
        }

        return null;
    }
}
