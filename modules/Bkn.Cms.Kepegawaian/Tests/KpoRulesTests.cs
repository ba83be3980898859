using Bkn.Cms.Agencies;
using Bkn.Cms.Kepegawaian.Rules;

namespace Bkn.Cms.Tests.Modules.Kepegawaian;

/// <summary>The KPO/PPO rules as tables: pangkat names, KP eligibility with its reasons, BUP and TMT pensiun, periods and windows.</summary>
public sealed class KpoRulesTests
{
    private static readonly KpoOptions Options = new();
    private static readonly KpoRules Rules = new(Options);
    private static readonly PeriodCalendar Calendar = new(Options);

    private static CandidateFacts Facts(string golongan = "III/a", string tmt = "2020-04-01", string? atasan = "III/d", int skp1 = 85, int skp2 = 88, int skpYear = 2023, string status = "Aktif", HukdisFact[]? hukdis = null, JenisJabatan jenis = JenisJabatan.Pelaksana, string birth = "1980-05-10") => new()
    {
        Nip = "198005102005011001",
        BirthDate = DateOnly.Parse(birth),
        Golongan = golongan,
        TmtGolongan = DateOnly.Parse(tmt),
        JenisJabatan = jenis,
        Status = status,
        AtasanGolongan = atasan,
        Skp = new Dictionary<int, int> { [skpYear - 1] = skp1, [skpYear] = skp2 },
        Hukdis = hukdis ?? [],
    };

    [Theory]
    [InlineData("I/a", "Juru Muda")]
    [InlineData("II/d", "Pengatur Tingkat I")]
    [InlineData("III/b", "Penata Muda Tingkat I")]
    [InlineData("IV/b", "Pembina Tingkat I")]
    [InlineData("IV/e", "Pembina Utama")]
    public void Pangkat_names_follow_the_golongan(string code, string pangkat) =>
        Assert.Equal(pangkat, Golongan.Find(code)!.Pangkat);

    [Theory]
    // exactly four years in rank on the period date: eligible
    [InlineData("2020-04-01", "2024-04-01", true)]
    // one day short of four years: not yet
    [InlineData("2020-04-02", "2024-04-01", false)]
    // TMT on a leap day: four years later is again 29 February
    [InlineData("2020-02-29", "2024-04-01", true)]
    // end of month: TMT 31 October, the period 1 October four years later comes one month too early
    [InlineData("2020-10-31", "2024-10-01", false)]
    [InlineData("2020-09-30", "2024-10-01", true)]
    public void Four_years_in_rank_is_counted_to_the_day(string tmt, string period, bool eligible)
    {
        var p = DateOnly.Parse(period);
        var verdict = Rules.Kp(Facts(tmt: tmt, skpYear: p.Year - 1), p);

        Assert.Equal(eligible, verdict.Eligible);
        Assert.Equal(eligible, verdict.Due);
        if (!eligible)
        {
            Assert.Contains(verdict.Reasons, r => r.Contains("belum 4 tahun", StringComparison.Ordinal));
        }
    }

    public static TheoryData<CandidateFacts, string> NotEligible => new()
    {
        { Facts(atasan: "III/a"), "melebihi pangkat atasan langsung" },
        { Facts(skp1: 75), "SKP tahun 2022 bernilai 75 (cukup)" },
        { Facts(skp2: 60), "SKP tahun 2023 bernilai 60 (kurang)" },
        { Facts(skp2: 120), "Nilai SKP harus antara 0 dan 100" },
        { Facts(hukdis: [new HukdisFact(HukdisLevel.Sedang, new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1))]), "hukuman disiplin tingkat sedang" },
        { Facts(hukdis: [new HukdisFact(HukdisLevel.Berat, new DateOnly(2023, 1, 1), null)]), "hukuman disiplin tingkat berat" },
        { Facts(status: "CLTN"), "bukan Aktif" },
        { Facts(golongan: "IV/e", atasan: null), "golongan tertinggi" },
        { Facts(golongan: "X/z"), "tidak dikenal" },
    };

    [Theory]
    [MemberData(nameof(NotEligible))]
    public void Every_not_eligible_verdict_says_why_in_Indonesian(CandidateFacts facts, string reason)
    {
        var verdict = Rules.Kp(facts, new DateOnly(2024, 4, 1));

        Assert.False(verdict.Eligible);
        Assert.False(verdict.Otomatis);
        Assert.Contains(verdict.Reasons, r => r.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_light_or_finished_penalty_does_not_block_a_promotion()
    {
        var light = Facts(hukdis: [new HukdisFact(HukdisLevel.Ringan, new DateOnly(2024, 1, 1), null)]);
        var over = Facts(hukdis: [new HukdisFact(HukdisLevel.Berat, new DateOnly(2022, 1, 1), new DateOnly(2024, 4, 1))]);

        Assert.True(Rules.Kp(light, new DateOnly(2024, 4, 1)).Otomatis);
        Assert.True(Rules.Kp(over, new DateOnly(2024, 4, 1)).Otomatis);
    }

    [Theory]
    [InlineData("III/a", "III/b", true)]
    [InlineData("IV/a", "IV/b", true)]
    [InlineData("IV/b", "IV/c", false)]
    public void Otomatis_covers_promotions_up_to_IV_b(string from, string to, bool otomatis)
    {
        var verdict = Rules.Kp(Facts(golongan: from, atasan: "IV/e"), new DateOnly(2024, 4, 1));

        Assert.True(verdict.Eligible);
        Assert.Equal(to, verdict.ProposedGolongan);
        Assert.Equal(otomatis, verdict.Otomatis);
    }

    [Fact]
    public void A_superior_of_the_proposed_rank_is_enough() =>
        Assert.True(Rules.Kp(Facts(golongan: "III/a", atasan: "III/b"), new DateOnly(2024, 4, 1)).Eligible);

    [Theory]
    [InlineData(JenisJabatan.Pelaksana, 58)]
    [InlineData(JenisJabatan.Administrator, 58)]
    [InlineData(JenisJabatan.FungsionalKeterampilan, 58)]
    [InlineData(JenisJabatan.FungsionalAhliMuda, 58)]
    [InlineData(JenisJabatan.PimpinanTinggi, 60)]
    [InlineData(JenisJabatan.FungsionalAhliMadya, 60)]
    [InlineData(JenisJabatan.FungsionalAhliUtama, 65)]
    public void Bup_depends_on_the_position_type(JenisJabatan jenis, int age) => Assert.Equal(age, Rules.BupAge(jenis));

    [Theory]
    // the middle of a month: TMT pensiun is the first of the next month
    [InlineData("1966-05-10", JenisJabatan.Pelaksana, "2024-05-10", "2024-06-01")]
    // born on the first: BUP in that month still, TMT the month after
    [InlineData("1966-06-01", JenisJabatan.Pelaksana, "2024-06-01", "2024-07-01")]
    // end of month and end of year
    [InlineData("1966-12-31", JenisJabatan.Pelaksana, "2024-12-31", "2025-01-01")]
    // leap-day birth reaching BUP in a common year: 28 February, TMT 1 March
    [InlineData("1968-02-29", JenisJabatan.Pelaksana, "2026-02-28", "2026-03-01")]
    // leap-day birth reaching BUP in a leap year
    [InlineData("1964-02-29", JenisJabatan.PimpinanTinggi, "2024-02-29", "2024-03-01")]
    [InlineData("1960-01-15", JenisJabatan.FungsionalAhliUtama, "2025-01-15", "2025-02-01")]
    public void Tmt_pensiun_is_the_first_day_of_the_month_after_bup(string birth, JenisJabatan jenis, string bup, string tmt)
    {
        var verdict = Rules.Bup(Facts(birth: birth, jenis: jenis));

        Assert.Equal(DateOnly.Parse(bup), verdict.BupDate);
        Assert.Equal(DateOnly.Parse(tmt), verdict.TmtPensiun);
    }

    [Fact]
    public void Bup_in_the_period_month_retires_at_the_next_period()
    {
        // BUP on 1 December 2025 (a monthly period): TMT pensiun 1 January 2026, the next period, not December's.
        var verdict = Rules.Bup(Facts(birth: "1967-12-01"));

        Assert.Equal(new DateOnly(2025, 12, 1), verdict.BupDate);
        Assert.Equal(new DateOnly(2026, 1, 1), verdict.TmtPensiun);
        Assert.Equal(new DateOnly(2026, 1, 1), Calendar.Next(verdict.TmtPensiun));
    }

    [Fact]
    public void Pension_above_IV_b_is_regular_with_a_reason()
    {
        var verdict = Rules.Bup(Facts(golongan: "IV/c"));

        Assert.False(verdict.Otomatis);
        Assert.Contains("IV/c", verdict.Reasons.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017-04-01", true)]
    [InlineData("2017-10-01", true)]
    [InlineData("2017-06-01", false)]
    [InlineData("2024-02-01", true)]
    [InlineData("2024-12-01", true)]
    [InlineData("2024-03-01", false)]
    [InlineData("2025-09-01", false)]
    [InlineData("2025-11-01", true)]
    [InlineData("2026-03-01", true)]
    [InlineData("2026-03-02", false)]
    public void Periods_follow_the_calendar_of_their_year(string date, bool period) =>
        Assert.Equal(period, Calendar.IsPeriod(DateOnly.Parse(date)));

    [Fact]
    public void An_unknown_period_is_refused_with_the_next_real_one()
    {
        var message = Calendar.Check(new DateOnly(2017, 6, 1));

        Assert.Contains("2017-10-01", message, StringComparison.Ordinal);
        Assert.Null(Calendar.Check(new DateOnly(2017, 4, 1)));
    }

    [Theory]
    // 1 April 2024: window 1 October 2023 – 1 January 2024
    [InlineData("2023-09-30", PeriodPhase.BeforeWindow)]
    [InlineData("2023-10-01", PeriodPhase.Reconciliation)]
    [InlineData("2024-01-01", PeriodPhase.Reconciliation)]
    [InlineData("2024-01-02", PeriodPhase.Verification)]
    public void The_reconciliation_window_runs_from_six_to_three_months_before(string today, PeriodPhase phase) =>
        Assert.Equal(phase, Calendar.PhaseOn(new DateOnly(2024, 4, 1), DateOnly.Parse(today)));

    [Fact]
    public void Open_windows_on_a_date_are_the_periods_three_to_six_months_ahead()
    {
        var open = Calendar.OpenWindows(new DateOnly(2026, 1, 15)).ToList();

        Assert.Equal([new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 1)], open);
    }

    [Theory]
    [InlineData("19800510200501100", "18 angka")]
    [InlineData("198005102005011000", "000")]
    [InlineData("198002302005011001", "tanggal lahir yang sah")]
    public void A_bad_nip_is_refused_with_its_reason(string nip, string reason) =>
        Assert.Contains(reason, KpoRules.CheckNip(nip, null), StringComparison.Ordinal);

    [Fact]
    public void A_nip_contradicting_the_birth_date_is_refused()
    {
        Assert.Contains("tidak sama", KpoRules.CheckNip("198005102005011001", new DateOnly(1980, 5, 11)), StringComparison.Ordinal);
        Assert.Null(KpoRules.CheckNip("198005102005011001", new DateOnly(1980, 5, 10)));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Skp_must_be_between_0_and_100(int score, bool valid) => Assert.Equal(valid, KpoRules.CheckSkp(score) is null);

    [Fact]
    public void Checklists_follow_the_pilot_tables()
    {
        Assert.Equal(6, Checklists.KpReguler.Count(i => i.Code is not "ijin-belajar"));
        Assert.Contains(Checklists.KpReguler, i => i.Name.StartsWith("DP3", StringComparison.Ordinal));
        Assert.Equal(["Surat Pengantar NUKP", "SKP 2 tahun terakhir"], Checklists.KpOtomatis.Select(i => i.Name));
        Assert.Equal(11, Checklists.PensiunReguler.Count);
        Assert.Equal(3, Checklists.PensiunOtomatis.Count);
    }

    [Theory]
    [InlineData("a.pdf", "%PDF-1.4 x", false, null)]
    [InlineData("a.jpg", "%PDF-1.4 x", false, "isinya PDF")]
    [InlineData("a.pdf", "MZ executable", false, "bukan PDF atau JPG")]
    [InlineData("foto.jpg", "%PDF-1.4 x", true, "bukan gambar JPG")]
    public void Documents_are_checked_by_content(string name, string content, bool photo, string? error)
    {
        var item = photo ? Checklists.PensiunOtomatis[2] : Checklists.KpOtomatis[0];

        var message = DocumentSignatures.Check(item, name, System.Text.Encoding.ASCII.GetBytes(content), Options);

        if (error is null)
        {
            Assert.Null(message);
        }
        else
        {
            Assert.Contains(error, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused()
    {
        var big = new byte[Options.MaxDocumentBytes + 1];
        "%PDF-"u8.CopyTo(big);

        Assert.Contains("melebihi batas", DocumentSignatures.Check(Checklists.KpOtomatis[0], "a.pdf", big, Options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UsulanStatus.Draf, UsulanAction.Ajukan, UsulanStatus.Diajukan)]
    [InlineData(UsulanStatus.Diajukan, UsulanAction.Btl, UsulanStatus.Btl)]
    [InlineData(UsulanStatus.Btl, UsulanAction.Ajukan, UsulanStatus.Diajukan)]
    [InlineData(UsulanStatus.Bts, UsulanAction.Ajukan, UsulanStatus.Diajukan)]
    [InlineData(UsulanStatus.Diajukan, UsulanAction.Ms, UsulanStatus.Ms)]
    [InlineData(UsulanStatus.Ms, UsulanAction.TerbitkanPertek, UsulanStatus.Pertek)]
    [InlineData(UsulanStatus.Pertek, UsulanAction.UnggahSk, UsulanStatus.Selesai)]
    [InlineData(UsulanStatus.Tms, UsulanAction.Ajukan, null)]
    [InlineData(UsulanStatus.Draf, UsulanAction.Ms, null)]
    [InlineData(UsulanStatus.Selesai, UsulanAction.Btl, null)]
    public void The_verification_flow_allows_only_its_transitions(UsulanStatus from, UsulanAction action, UsulanStatus? to) =>
        Assert.Equal(to, UsulanStateMachine.Next(from, action));

    [Fact]
    public void The_pertek_number_follows_the_configured_format() =>
        Assert.Equal("00042/PERTEK-KP/04/2024", UsulanStateMachine.PertekNumber(Options.PertekNumberFormat, 42, JenisUsulan.KpOtomatis, new DateOnly(2024, 4, 1), "PROV-33"));
}
