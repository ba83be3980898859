using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Helpdesk.ViewModels;

namespace Bkn.Cms.Tests.Helpdesk;

public sealed class HelpdeskRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Theory]
    [InlineData("3201011203990001", null)] // man born 12-03-1999
    [InlineData("3201015203990001", null)] // woman: day + 40
    public void A_structurally_valid_NIK_is_accepted(string nik, string? expected) =>
        Assert.Equal(expected, NikRules.ValidateNik(nik));

    [Theory]
    [InlineData("", "NIK wajib diisi.")]
    [InlineData("320101120399000", "NIK harus 16 angka.")]
    [InlineData("32010112039900011", "NIK harus 16 angka.")]
    [InlineData("32010112O3990001", "NIK harus 16 angka.")]
    [InlineData("9901011203990001", "Kode provinsi NIK (dua angka pertama) tidak dikenal.")]
    [InlineData("1001011203990001", "Kode provinsi NIK (dua angka pertama) tidak dikenal.")]
    [InlineData("3200011203990001", "Kode kabupaten/kota dan kecamatan NIK (angka ke-3 sampai ke-6) tidak boleh 00.")]
    [InlineData("3201001203990001", "Kode kabupaten/kota dan kecamatan NIK (angka ke-3 sampai ke-6) tidak boleh 00.")]
    [InlineData("3201013203990001", "Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang sah (DDMMYY, tanggal +40 untuk perempuan).")]
    [InlineData("3201011213990001", "Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang sah (DDMMYY, tanggal +40 untuk perempuan).")]
    [InlineData("3201013002990001", "Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang sah (DDMMYY, tanggal +40 untuk perempuan).")]
    [InlineData("3201017203990001", "Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang sah (DDMMYY, tanggal +40 untuk perempuan).")]
    [InlineData("3201011203990000", "Empat angka terakhir NIK tidak boleh 0000.")]
    public void A_malformed_NIK_is_refused_with_a_clear_message(string nik, string expected) =>
        Assert.Equal(expected, NikRules.ValidateNik(nik));

    [Fact]
    public void The_NIK_birth_date_must_match_the_date_entered_with_forty_added_for_women()
    {
        Assert.Null(NikRules.ValidateNik("3201015203990001", new DateOnly(1999, 3, 12)));
        Assert.Null(NikRules.ValidateNik("3201011203990001", new DateOnly(1999, 3, 12)));
        Assert.Equal("Tanggal lahir tidak sesuai dengan NIK.", NikRules.ValidateNik("3201011203990001", new DateOnly(1999, 3, 13)));
        Assert.Equal("Tanggal lahir tidak sesuai dengan NIK.", NikRules.ValidateNik("3201011203990001", new DateOnly(1989, 3, 12)));
        Assert.True(NikRules.IsFemale("3201015203990001"));
    }

    [Fact]
    public void A_KK_number_needs_a_region_prefix_but_its_middle_digits_are_not_a_date()
    {
        Assert.Null(NikRules.ValidateKk("3201019999990001"));
        Assert.Equal("Nomor KK harus 16 angka.", NikRules.ValidateKk("32010199999900"));
        Assert.Equal("Kode provinsi Nomor KK (dua angka pertama) tidak dikenal.", NikRules.ValidateKk("0001019999990001"));
        Assert.Equal("Empat angka terakhir Nomor KK tidak boleh 0000.", NikRules.ValidateKk("3201019999990000"));
    }

    [Fact]
    public void NIK_and_KK_are_masked_to_region_and_sequence() =>
        Assert.Equal("3201********0001", NikRules.Mask("3201011203990001"));

    [Theory]
    [InlineData("Nik", "12345", "NIK harus 16 angka.")]
    [InlineData("Nama", "", "Nama wajib diisi.")]
    [InlineData("Nama", "Budi <script>", "Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof dan tanda hubung.")]
    [InlineData("TempatLahir", "", "Tempat lahir wajib diisi.")]
    [InlineData("TanggalLahir", "31-02-1999", "Tanggal lahir tidak sah; gunakan format HH-BB-TTTT.")]
    [InlineData("TanggalLahir", "2030-01-01", "Tanggal lahir tidak boleh di masa depan.")]
    [InlineData("TanggalLahir", "2015-03-12", "Tanggal lahir tidak wajar untuk pelamar (usia 15–80 tahun).")]
    [InlineData("TanggalLahir", "1999-03-13", "Tanggal lahir tidak sesuai dengan NIK.")]
    [InlineData("NomorKk", "3201", "Nomor KK harus 16 angka.")]
    [InlineData("Email", "pelamar@", "Alamat e-mail tidak sah, misalnya nama@contoh.id.")]
    [InlineData("Email", "pelamar contoh@x.id", "Alamat e-mail tidak sah, misalnya nama@contoh.id.")]
    public void Every_field_of_the_NIK_form_rejects_bad_values(string field, string value, string expected)
    {
        var input = ValidNikForm();
        typeof(HelpdeskFormInput).GetProperty(field)!.SetValue(input, value);
        var errors = HelpdeskFormValidator.Validate(HelpdeskFormKind.NikKkTidakDitemukan, input, Today, out _);
        var key = field == "TanggalLahir" && expected.Contains("NIK", StringComparison.Ordinal) ? "Nik" : field;
        Assert.Equal(expected, Assert.Contains(key, errors));
    }

    [Fact]
    public void A_valid_form_has_no_errors_and_yields_the_ticket_part()
    {
        var errors = HelpdeskFormValidator.Validate(HelpdeskFormKind.NikKkTidakDitemukan, ValidNikForm(), Today, out var part);
        Assert.Empty(errors);
        Assert.Equal("3201011203990001", part.Nik);
        Assert.Equal(new DateOnly(1999, 3, 12), part.TanggalLahir);
    }

    [Fact]
    public void The_contact_form_requires_a_question_of_at_most_250_characters_and_listed_choices()
    {
        var input = new HelpdeskFormInput { Nik = "3201011203990001", Nama = "Budi", JenisPermasalahan = "Login", Instansi = "BKN", Pertanyaan = new string('a', 251) };
        var errors = HelpdeskFormValidator.Validate(HelpdeskFormKind.KontakPetugas, input, Today, out _);
        Assert.Equal("Pertanyaan paling banyak 250 karakter (sekarang 251).", errors["Pertanyaan"]);

        input.Pertanyaan = "";
        input.JenisPermasalahan = "Sesuatu";
        errors = HelpdeskFormValidator.Validate(HelpdeskFormKind.KontakPetugas, input, Today, out _);
        Assert.Equal("Pertanyaan wajib diisi.", errors["Pertanyaan"]);
        Assert.Equal("Pilih jenis permasalahan dari daftar.", errors["JenisPermasalahan"]);

        var password = HelpdeskFormValidator.Validate(HelpdeskFormKind.LupaPassword, new HelpdeskFormInput { Nik = "3201011203990001", PertanyaanPengaman = "Apa warna langit?", JawabanPengaman = "" }, Today, out _);
        Assert.Equal("Pilih pertanyaan pengaman dari daftar.", password["PertanyaanPengaman"]);
        Assert.Equal("Jawaban pertanyaan pengaman wajib diisi.", password["JawabanPengaman"]);
    }

    [Fact]
    public void Scans_are_recognised_by_their_content_not_their_name()
    {
        Assert.Equal("application/pdf", FileSignatures.Detect("%PDF-1.7\n"u8));
        Assert.Equal("image/jpeg", FileSignatures.Detect(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }));
        Assert.Null(FileSignatures.Detect(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }));
        Assert.Null(FileSignatures.Detect("<html>%PDF-"u8));
    }

    [Theory]
    [InlineData("9", 9)]
    [InlineData(" sembilan ", 9)]
    [InlineData("Dua  Belas", 12)]
    [InlineData("sepuluh", 10)]
    [InlineData("banyak", null)]
    public void The_captcha_accepts_digits_or_words(string answer, int? expected) =>
        Assert.Equal(expected, HelpdeskCaptcha.ParseAnswer(answer));

    [Fact]
    public void The_working_calendar_skips_nights_weekends_and_holidays()
    {
        var wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        var calendar = new WorkingCalendar(true, new TimeOnly(8, 0), new TimeOnly(16, 0), new HashSet<DateOnly> { new(2026, 12, 1) }, wib);

        // Friday 27 Nov 2026 15:00 WIB = 08:00 UTC; 16 working hours: 1 h Friday, Monday 30 Nov 8 h, Tuesday is a holiday,
        // 7 h on Wednesday 2 Dec → 15:00 WIB = 08:00 UTC.
        var due = calendar.Add(new DateTime(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc), TimeSpan.FromHours(16));
        Assert.Equal(new DateTime(2026, 12, 2, 8, 0, 0, DateTimeKind.Utc), due);
        Assert.Equal(TimeSpan.FromHours(16), calendar.Between(new DateTime(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc), due));

        var always = WorkingCalendar.AllHours;
        Assert.Equal(new DateTime(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc), always.Add(new DateTime(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc), TimeSpan.FromHours(48)));
    }

    [Fact]
    public void Waiting_for_the_applicant_pauses_the_clock_and_keeps_the_time_left()
    {
        var start = new DateTime(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc);
        var ticket = new HelpdeskTicket { Status = TicketStatus.Diproses };
        SlaPolicy.Start(ticket, start, 48, WorkingCalendar.AllHours);
        Assert.Equal(start.AddHours(48), ticket.DueUtc);

        ticket.Status = TicketStatus.MenungguPelamar;
        SlaPolicy.OnStatusChange(ticket, TicketStatus.Diproses, TicketStatus.MenungguPelamar, start.AddHours(10), 48, WorkingCalendar.AllHours);
        Assert.Null(ticket.DueUtc);
        Assert.Equal(38 * 3600, ticket.PausedRemainingSeconds);
        Assert.False(SlaPolicy.IsBreached(ticket, start.AddHours(100)));

        ticket.Status = TicketStatus.Diproses;
        SlaPolicy.OnStatusChange(ticket, TicketStatus.MenungguPelamar, TicketStatus.Diproses, start.AddHours(100), 48, WorkingCalendar.AllHours);
        Assert.Equal(start.AddHours(138), ticket.DueUtc);
        Assert.True(SlaPolicy.ShouldWarn(ticket, start.AddHours(135), TimeSpan.FromHours(4)));
        Assert.True(SlaPolicy.IsBreached(ticket, start.AddHours(138)));
    }

    private static HelpdeskFormInput ValidNikForm() => new()
    {
        Nik = "3201011203990001",
        Nama = "Budi Santoso",
        TempatLahir = "Bandung",
        TanggalLahir = "1999-03-12",
        NomorKk = "3201019999990001",
        Email = "budi@contoh.id",
    };
}
