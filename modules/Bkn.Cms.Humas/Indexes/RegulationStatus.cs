using Bkn.Cms.Humas.Models;

namespace Bkn.Cms.Humas.Indexes;

/// <summary>
/// A regulation's status follows from the published links to it (docs/DOMAIN-RULES.md §8): revoked (dicabut) by any
/// published regulation → Dicabut; else amended (diubah) → Diubah; else what the editor declared on the regulation,
/// Berlaku when nothing was declared. Removing the link brings the declared status back.
/// </summary>
public static class RegulationStatus
{
    public const string Berlaku = "Berlaku";
    public const string Diubah = "Diubah";
    public const string Dicabut = "Dicabut";

    public static string Derive(string declared, IEnumerable<string> incomingKinds)
    {
        var kinds = incomingKinds as ICollection<string> ?? [.. incomingKinds];
        if (kinds.Contains(RegulationLink.Mencabut))
        {
            return Dicabut;
        }

        if (kinds.Contains(RegulationLink.Mengubah))
        {
            return Diubah;
        }

        // A declared Diubah/Dicabut without a link in the site (the changing regulation is not published here) stands.
        return string.IsNullOrWhiteSpace(declared) ? Berlaku : declared;
    }

    /// <summary>The option of <see cref="RegulationFields.StatusOptions"/> that matches <paramref name="value"/> ignoring case, else null.</summary>
    public static string? Canonical(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : RegulationFields.StatusOptions.FirstOrDefault(o => string.Equals(o, value.Trim(), StringComparison.OrdinalIgnoreCase)) ?? value.Trim();
}
