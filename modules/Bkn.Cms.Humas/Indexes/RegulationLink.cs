namespace Bkn.Cms.Humas.Indexes;

/// <summary>Index row: a published regulation changes (diubah) or revokes (dicabut) another one; read both ways for back-links.</summary>
public sealed class RegulationLink
{
    public long Id { get; set; }

    public string FromId { get; set; } = "";

    public string ToId { get; set; } = "";

    /// <summary><see cref="Mengubah"/> or <see cref="Mencabut"/>.</summary>
    public string Kind { get; set; } = "";

    public const string Mengubah = "mengubah";
    public const string Mencabut = "mencabut";
}
