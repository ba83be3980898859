using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;

namespace Bkn.Cms.Tests.Modules.Sop;

/// <summary>Every validation rule of the SOP: each finding names the row (or field) and says what is wrong in Indonesian.</summary>
public sealed class SopRulesTests
{
    private static readonly SopRuleContext Context = new(["Kepala Seksi", "Analis Kepegawaian", "Direktur"], ["SOP-X/001"]);

    internal static SopDocument Identity(string nomor = "SOP-X/002") => new()
    {
        Nomor = nomor,
        Nama = "Verifikasi Berkas",
        TanggalPembuatan = new DateOnly(2017, 8, 1),
        DasarHukum = "UU 5/2014",
        Peringatan = "Berkas tertunda",
        KualifikasiPelaksana = "Memahami SAPK",
        Peralatan = "Komputer",
        Pencatatan = "SAPK",
    };

    internal static Flowchart Valid() => new()
    {
        Steps =
        [
            new FlowStep { Id = "a", Kind = StepKind.Mulai, Kegiatan = "Menerima berkas", Pelaksana = "Analis Kepegawaian", Waktu = "15 menit" },
            new FlowStep { Id = "b", Kind = StepKind.Keputusan, Kegiatan = "Lengkap?", Pelaksana = "Kepala Seksi", Yes = "d", No = "c" },
            new FlowStep { Id = "c", Kind = StepKind.Selesai, Kegiatan = "Mengembalikan berkas", Pelaksana = "Analis Kepegawaian" },
            new FlowStep { Id = "d", Kind = StepKind.Kegiatan, Kegiatan = "Menandatangani surat", Pelaksana = "Direktur", Waktu = "1 hari" },
            new FlowStep { Id = "e", Kind = StepKind.Selesai, Kegiatan = "Mengarsipkan surat", Pelaksana = "Analis Kepegawaian" },
        ],
    };

    private static IReadOnlyList<SopIssue> Check(Flowchart flowchart, SopDocument? sop = null) => SopRules.Validate(sop ?? Identity(), flowchart, Context);

    [Fact]
    public void A_complete_sop_has_no_findings() => Assert.Empty(Check(Valid()));

    [Fact]
    public void Missing_identity_fields_are_named()
    {
        var sop = Identity();
        sop.Nama = "";
        sop.DasarHukum = " ";
        sop.TanggalPembuatan = null;

        var issues = Check(Valid(), sop);

        Assert.Contains(issues, i => i.Key == "identitas.Nama" && i.Message == "Nama SOP wajib diisi.");
        Assert.Contains(issues, i => i.Key == "identitas.DasarHukum");
        Assert.Contains(issues, i => i.Key == "identitas.TanggalPembuatan");
    }

    [Fact]
    public void A_number_used_by_another_sop_of_the_unit_is_refused()
    {
        var issues = Check(Valid(), Identity("sop-x/001"));

        Assert.Contains(issues, i => i.Key == "identitas.Nomor" && i.Message.Contains("sudah dipakai", StringComparison.Ordinal) && !i.Warning);
    }

    [Fact]
    public void A_ratifier_nip_must_have_the_nip_structure()
    {
        var sop = Identity();
        sop.DisahkanNip = "123";

        Assert.Contains(Check(Valid(), sop), i => i.Key == "identitas.DisahkanNip" && i.Message.Contains("18 angka", StringComparison.Ordinal));
        Assert.Contains(SopRules.Ratification(Identity()), i => i.Key == "identitas.DisahkanJabatan");
    }

    [Fact]
    public void An_executor_outside_the_units_job_titles_is_refused_at_its_row()
    {
        var flowchart = Valid();
        flowchart.Steps[3].Pelaksana = "Kasubdit";

        var issue = Assert.Single(Check(flowchart));

        Assert.Equal(4, issue.Row);
        Assert.Equal("baris.d", issue.Key);
        Assert.Contains("Kasubdit", issue.Message, StringComparison.Ordinal);
        Assert.StartsWith("Baris 4:", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_with_one_exit_is_refused()
    {
        var flowchart = Valid();
        flowchart.Steps[1].No = null;

        Assert.Contains(Check(flowchart), i => i.Row == 2 && i.Message.Contains("dua jalan keluar", StringComparison.Ordinal));
    }

    [Fact]
    public void A_decision_whose_exits_meet_is_refused()
    {
        var flowchart = Valid();
        flowchart.Steps[1].No = "d";

        Assert.Contains(Check(flowchart), i => i.Row == 2 && i.Message.Contains("baris yang sama", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cycle_without_an_end_is_refused()
    {
        var flowchart = Valid();

        // Row 4 loops back to the decision, whose "ya" leads to row 4 and "tidak" to a row that returns to row 4: no end reachable.
        flowchart.Steps[3].Next = "b";
        flowchart.Steps[2].Kind = StepKind.Kegiatan;
        flowchart.Steps[2].Kegiatan = "Memperbaiki berkas";
        flowchart.Steps[2].Next = "d";

        var issues = Check(flowchart);

        Assert.Contains(issues, i => i.Row == 2 && i.Message.Contains("tidak pernah sampai ke Selesai", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Row == 4 && i.Message.Contains("tidak pernah sampai ke Selesai", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unreachable_activity_is_refused()
    {
        var flowchart = Valid();
        flowchart.Steps.Insert(3, new FlowStep { Id = "x", Kind = StepKind.Kegiatan, Kegiatan = "Mencatat berkas", Pelaksana = "Direktur" });

        Assert.Contains(Check(flowchart), i => i.Row == 4 && i.Message.Contains("tidak dapat dicapai dari Mulai", StringComparison.Ordinal));
    }

    [Fact]
    public void An_activity_not_starting_with_a_verb_only_warns()
    {
        var flowchart = Valid();
        flowchart.Steps[3].Kegiatan = "Direktur menandatangani surat";

        var issue = Assert.Single(Check(flowchart));

        Assert.True(issue.Warning);
        Assert.Contains("kata kerja", issue.Message, StringComparison.Ordinal);
        Assert.True(SopRules.StartsWithVerb("Memeriksa berkas"));
        Assert.True(SopRules.StartsWithVerb("Verifikasi data"));
        Assert.False(SopRules.StartsWithVerb("Berkas diperiksa"));
    }

    [Theory]
    [InlineData("15 menit", true)]
    [InlineData("2 hari kerja", true)]
    [InlineData("1x24 jam", true)]
    [InlineData("1,5 jam", true)]
    [InlineData("15", false)]
    [InlineData("segera", false)]
    public void A_time_needs_a_unit(string waktu, bool ok)
    {
        var flowchart = Valid();
        flowchart.Steps[3].Waktu = waktu;

        Assert.Equal(ok, !Check(flowchart).Any(i => i.Message.Contains("satuannya", StringComparison.Ordinal)));
    }

    [Fact]
    public void More_rows_than_the_limit_are_refused_with_one_clear_message()
    {
        var flowchart = new Flowchart();
        for (var i = 0; i < 300; i++)
        {
            flowchart.Steps.Add(new FlowStep { Id = "s" + i, Kind = i == 0 ? StepKind.Mulai : i == 299 ? StepKind.Selesai : StepKind.Kegiatan, Kegiatan = "Memeriksa", Pelaksana = "Direktur" });
        }

        var issue = Assert.Single(Check(flowchart));

        Assert.Contains("300 baris", issue.Message, StringComparison.Ordinal);
        Assert.Contains($"paling banyak {SopRules.MaxRows}", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_row_must_start_and_a_path_must_end()
    {
        var flowchart = Valid();
        flowchart.Steps[0].Kind = StepKind.Kegiatan;
        flowchart.Steps.RemoveAll(s => s.Kind == StepKind.Selesai);
        flowchart.Steps[1].No = "a";

        var issues = Check(flowchart);

        Assert.Contains(issues, i => i.Row == 1 && i.Message.Contains("Mulai", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Message.Contains("belum punya baris Selesai", StringComparison.Ordinal));
    }
}
