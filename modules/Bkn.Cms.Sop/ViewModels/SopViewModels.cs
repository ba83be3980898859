using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Units;

namespace Bkn.Cms.Sop.ViewModels;

/// <summary>Filters of the register list (admin and API).</summary>
public sealed record SopFilter(string? Unit, SopStatus? Status, string? Text, int Page);

public sealed record SopListRow(Guid Id, string Nomor, string Nama, string Unit, SopStatus Status, int Version, int ActivityCount, DateTime UpdatedUtc);

public sealed record SopListViewModel(SopFilter Filter, IReadOnlyList<SopListRow> Rows, int Total, int PageSize, IReadOnlyList<UnitInfo> Units, bool CanWrite, string? Message);

/// <summary>The editor form: identity fields, the flowchart rows and the button pressed ("perintah").</summary>
public sealed class SopEditInput
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public int Stamp { get; set; }

    public string Nomor { get; set; } = "";

    public string Nama { get; set; } = "";

    public DateOnly? TanggalPembuatan { get; set; }

    public DateOnly? TanggalRevisi { get; set; }

    public DateOnly? TanggalEfektif { get; set; }

    public string DisahkanJabatan { get; set; } = "";

    public string DisahkanNama { get; set; } = "";

    public string DisahkanNip { get; set; } = "";

    public string DasarHukum { get; set; } = "";

    public string Keterkaitan { get; set; } = "";

    public string Peringatan { get; set; } = "";

    public string KualifikasiPelaksana { get; set; } = "";

    public string Peralatan { get; set; } = "";

    public string Pencatatan { get; set; } = "";

    public List<FlowStep> Steps { get; set; } = [];

    public string? Perintah { get; set; }

    /// <summary>What the author looks for in the regulation register (Dasar Hukum picker); not saved.</summary>
    public string? CariPeraturan { get; set; }

    public SopDocument ToDocument() => SopService.Copy(new SopDocument
    {
        Nomor = Nomor ?? "",
        Nama = Nama ?? "",
        TanggalPembuatan = TanggalPembuatan,
        TanggalRevisi = TanggalRevisi,
        TanggalEfektif = TanggalEfektif,
        DisahkanJabatan = DisahkanJabatan ?? "",
        DisahkanNama = DisahkanNama ?? "",
        DisahkanNip = DisahkanNip ?? "",
        DasarHukum = DasarHukum ?? "",
        Keterkaitan = Keterkaitan ?? "",
        Peringatan = Peringatan ?? "",
        KualifikasiPelaksana = KualifikasiPelaksana ?? "",
        Peralatan = Peralatan ?? "",
        Pencatatan = Pencatatan ?? "",
    }, new SopDocument { Id = Id, UnitId = UnitId, Stamp = Stamp });

    public Flowchart ToFlowchart() => new()
    {
        Steps = Steps.Select(s => new FlowStep
        {
            Id = (s.Id ?? "").Trim(),
            Kind = s.Kind,
            Kegiatan = (s.Kegiatan ?? "").Trim(),
            Pelaksana = (s.Pelaksana ?? "").Trim(),
            Persyaratan = (s.Persyaratan ?? "").Trim(),
            Waktu = (s.Waktu ?? "").Trim(),
            Output = (s.Output ?? "").Trim(),
            Keterangan = (s.Keterangan ?? "").Trim(),
            Next = string.IsNullOrWhiteSpace(s.Next) ? null : s.Next.Trim(),
            Yes = string.IsNullOrWhiteSpace(s.Yes) ? null : s.Yes.Trim(),
            No = string.IsNullOrWhiteSpace(s.No) ? null : s.No.Trim(),
        }).ToList(),
    };

    public static SopEditInput From(SopDocument sop) => new()
    {
        Id = sop.Id,
        UnitId = sop.UnitId,
        Stamp = sop.Stamp,
        Nomor = sop.Nomor,
        Nama = sop.Nama,
        TanggalPembuatan = sop.TanggalPembuatan,
        TanggalRevisi = sop.TanggalRevisi,
        TanggalEfektif = sop.TanggalEfektif,
        DisahkanJabatan = sop.DisahkanJabatan,
        DisahkanNama = sop.DisahkanNama,
        DisahkanNip = sop.DisahkanNip,
        DasarHukum = sop.DasarHukum,
        Keterkaitan = sop.Keterkaitan,
        Peringatan = sop.Peringatan,
        KualifikasiPelaksana = sop.KualifikasiPelaksana,
        Peralatan = sop.Peralatan,
        Pencatatan = sop.Pencatatan,
        Steps = Flowchart.Parse(sop.FlowchartJson).Steps,
    };
}

public sealed record SopEditViewModel(
    SopEditInput Input,
    SopDocument? Saved,
    string UnitName,
    IReadOnlyList<string> JobTitles,
    IReadOnlyList<SopIssue> Issues,
    IReadOnlyDictionary<string, string> Notes,
    IReadOnlyList<SopTransition> Actions,
    bool CanEdit,
    bool CanRevise,
    IReadOnlyList<SopEvent> Events,
    IReadOnlyList<SopDocument> Versions,
    string Svg,
    string? Message,
    string? Error)
{
    public IEnumerable<SopIssue> IssuesFor(string key) => Issues.Where(i => i.Key == key);

    /// <summary>Regulations found by the Dasar Hukum picker (after "Cari peraturan").</summary>
    public IReadOnlyList<RegulationOption>? RegulationOptions { get; init; }

    /// <summary>What the version's lifecycle workflow instance waits for (null: no instance governs it yet).</summary>
    public IReadOnlyList<SopAction>? Awaited { get; init; }

    /// <summary>The saved version's Dasar Hukum with the regulations' addresses (identity view).</summary>
    public IReadOnlyList<LegalBasis> LegalBases { get; init; } = [];
}

/// <summary>The identity table of an SOP: its fields and Dasar Hukum with links to the regulations.</summary>
public sealed record SopIdentityViewModel(SopDocument Sop, IReadOnlyList<LegalBasis> DasarHukum);

public sealed record SopPublicListViewModel(IReadOnlyList<SopListRow> Rows, int Total, int Page, int PageSize, string? Text, string? Unit, IReadOnlyList<UnitInfo> Units);

public sealed record SopPublicViewModel(SopDocument Sop, string UnitName, Flowchart Flowchart, IReadOnlyList<FlowchartPage> Pages, IReadOnlyList<(string Nomor, string Nama, Guid? SeriesId)> Related)
{
    /// <summary>Dasar Hukum with links to the regulations' pages.</summary>
    public IReadOnlyList<LegalBasis> LegalBases { get; init; } = [];
}

public sealed record JobTitlesViewModel(UnitInfo Unit, IReadOnlyList<UnitInfo> Units, string Titles, string? Message);

public sealed record DashboardRow(UnitInfo Unit, UnitCategory? Category, int Total, int Berlaku, int InProgress, int Meetings, DateOnly? LastMeeting)
{
    /// <summary>The unit's latest monitoring round: period and state ("2026-S1 Selesai"), or null.</summary>
    public string? Monitoring { get; init; }

    /// <summary>The unit's latest evaluation round: period and state, or null.</summary>
    public string? Evaluation { get; init; }
}

/// <summary>Completion of the latest round of a kind over the units: done, open, overdue.</summary>
public sealed record ReviewCompletion(string Period, int Completed, int Open, int Overdue);

public sealed record DashboardViewModel(int Year, IReadOnlyList<DashboardRow> Rows, IReadOnlyDictionary<UnitCategory, int> CategoryCounts, int Meetings, int MeetingSops, ReviewCompletion? Monitoring = null, ReviewCompletion? Evaluation = null);
