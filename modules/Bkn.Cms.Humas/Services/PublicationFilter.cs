namespace Bkn.Cms.Humas.Services;

/// <summary>Filters and order of a public list (query string of /berita, /peraturan …).</summary>
public sealed record PublicationFilter
{
    public string? Jenis { get; init; }

    public int? Tahun { get; init; }

    public string? Status { get; init; }

    public string? Nomor { get; init; }

    /// <summary>"terbaru" (default), "terlama", "judul" or "nomor".</summary>
    public string? Urut { get; init; }

    public int Halaman { get; init; } = 1;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Jenis) && Tahun is null && string.IsNullOrWhiteSpace(Status) && string.IsNullOrWhiteSpace(Nomor);
}
