namespace Bkn.Cms.Agencies;

/// <summary>A golongan ruang with its pangkat name; <see cref="Rank"/> orders them (I/a = 1 … IV/e = 17).</summary>
public sealed record Golongan(string Code, string Pangkat, int Rank)
{
    /// <summary>The seventeen golongan ruang of civil servants, lowest first.</summary>
    public static IReadOnlyList<Golongan> All { get; } =
    [
        new("I/a", "Juru Muda", 1),
        new("I/b", "Juru Muda Tingkat I", 2),
        new("I/c", "Juru", 3),
        new("I/d", "Juru Tingkat I", 4),
        new("II/a", "Pengatur Muda", 5),
        new("II/b", "Pengatur Muda Tingkat I", 6),
        new("II/c", "Pengatur", 7),
        new("II/d", "Pengatur Tingkat I", 8),
        new("III/a", "Penata Muda", 9),
        new("III/b", "Penata Muda Tingkat I", 10),
        new("III/c", "Penata", 11),
        new("III/d", "Penata Tingkat I", 12),
        new("IV/a", "Pembina", 13),
        new("IV/b", "Pembina Tingkat I", 14),
        new("IV/c", "Pembina Utama Muda", 15),
        new("IV/d", "Pembina Utama Madya", 16),
        new("IV/e", "Pembina Utama", 17),
    ];

    private static readonly Dictionary<string, Golongan> ByCode = All.ToDictionary(g => g.Code, StringComparer.OrdinalIgnoreCase);

    public static Golongan? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code.Trim());

    /// <summary>The next golongan up, or null for IV/e.</summary>
    public Golongan? Next => Rank < All.Count ? All[Rank] : null;

    public override string ToString() => $"{Pangkat} ({Code})";
}
