namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Recognises accepted scans by their first bytes, whatever the file name or declared type says.</summary>
public static class FileSignatures
{
    public const long MaxScanBytes = 200 * 1024;

    /// <summary>"application/pdf", "image/jpeg" or null.</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 5 && head[..5].SequenceEqual("%PDF-"u8))
        {
            return "application/pdf";
        }

        return head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF ? "image/jpeg" : null;
    }

    public static string Extension(string contentType) => contentType == "application/pdf" ? ".pdf" : ".jpg";
}
