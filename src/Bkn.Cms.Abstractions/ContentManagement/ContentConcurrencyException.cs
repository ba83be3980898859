namespace Bkn.Cms.ContentManagement;

/// <summary>A save that lost an edit race: someone else saved the item after it was loaded.</summary>
public sealed class ContentConcurrencyException : Exception
{
    public ContentConcurrencyException()
        : base("Konten ini telah diubah oleh pengguna lain sejak Anda membukanya. Muat ulang untuk melihat perubahan terbaru; simpanan Anda tidak diterapkan.")
    {
    }

    public ContentConcurrencyException(string message)
        : base(message)
    {
    }

    public ContentConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
