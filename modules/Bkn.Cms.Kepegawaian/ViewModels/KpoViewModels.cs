using Bkn.Cms.Agencies;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Kepegawaian.Services;

namespace Bkn.Cms.Kepegawaian.ViewModels;

public sealed class KpoPageBase
{
    public IReadOnlyList<AgencyInfo> Agencies { get; init; } = [];

    public Guid? AgencyId { get; init; }

    public DateOnly? Period { get; init; }

    public IReadOnlyList<DateOnly> Periods { get; init; } = [];

    public string? Ok { get; init; }

    public string? Error { get; init; }

    public bool CanManage { get; init; }

    public bool CanVerify { get; init; }

    public bool CanPropose { get; init; }

    public bool FullNip { get; init; }

    public string AgencyName(Guid id) => Agencies.FirstOrDefault(a => a.Id == id)?.Name ?? "—";
}

public sealed class KpoIndexViewModel
{
    public required KpoPageBase Page { get; init; }

    public required KpoDashboard Dashboard { get; init; }

    public IReadOnlyList<KpoDaftar> Lists { get; init; } = [];

    public PeriodPhase? Phase { get; init; }
}

public sealed class NominatifListViewModel
{
    public required KpoPageBase Page { get; init; }

    public IReadOnlyList<KpoNominatif> Items { get; init; } = [];

    public JenisUsulan? Jenis { get; init; }

    public int Total { get; init; }
}

public sealed class NominatifDetailViewModel
{
    public required KpoPageBase Page { get; init; }

    public required KpoNominatif Item { get; init; }

    public IReadOnlyList<KpoKoreksi> Koreksi { get; init; } = [];

    public KpoUsulan? Usulan { get; init; }
}

public sealed class KoreksiListViewModel
{
    public required KpoPageBase Page { get; init; }

    public IReadOnlyList<KpoKoreksi> Items { get; init; } = [];
}

public sealed class UsulanListViewModel
{
    public required KpoPageBase Page { get; init; }

    public IReadOnlyList<KpoUsulan> Items { get; init; } = [];

    public UsulanStatus? Status { get; init; }

    public JenisUsulan? Jenis { get; init; }

    public bool Overdue { get; init; }

    /// <summary>Matching dossiers, counted up to <see cref="CountCap"/> + 1.</summary>
    public int Total { get; init; }

    public int CountCap { get; init; }

    /// <summary>Cursor of the next page, or null on the last one.</summary>
    public string? Next { get; init; }

    /// <summary>This is not the first page.</summary>
    public bool Paged { get; init; }
}

public sealed class UsulanDetailViewModel
{
    public required KpoPageBase Page { get; init; }

    public required KpoUsulan Usulan { get; init; }

    public IReadOnlyList<KpoDokumen> Documents { get; init; } = [];

    public IReadOnlyList<KpoRiwayat> History { get; init; } = [];

    public bool Overdue { get; init; }
}
