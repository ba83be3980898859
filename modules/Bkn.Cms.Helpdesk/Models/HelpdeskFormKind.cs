namespace Bkn.Cms.Helpdesk.Models;

/// <summary>The seven SSCN forms plus "Kontak petugas" (docs/DOMAIN-RULES.md §6).</summary>
public enum HelpdeskFormKind
{
    NikKkTidakDitemukan = 0,
    DataTidakSesuai = 1,
    LupaPassword = 2,
    LupaEmail = 3,
    LupaJawabanPengaman1 = 4,
    LupaJawabanPengaman2 = 5,
    LokasiLahir = 6,
    KontakPetugas = 7,
}
