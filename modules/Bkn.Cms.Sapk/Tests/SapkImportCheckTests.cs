using System.Text;
using Bkn.Cms.Agencies;
using Bkn.Cms.Sapk.Services;

namespace Bkn.Cms.Tests.Modules.Sapk;

/// <summary>The upload's row-by-row checks, without a host: every refused case and a clean file.</summary>
public sealed class SapkImportCheckTests
{
    private static readonly IReadOnlyList<string> Modules = ["KP", "Pensiun"];

    private static readonly DateOnly Today = new(2018, 3, 15);

    internal static readonly AgencySnapshot Registry = new(
    [
        new AgencyInfo(Guid.NewGuid(), "PUSAT-BKN", "Badan Kepegawaian Negara", AgencyKind.Pusat, "Nasional", null, "BKN Pusat"),
        new AgencyInfo(Guid.NewGuid(), "PROV-33", "Pemerintah Provinsi Jawa Tengah", AgencyKind.Provinsi, "Jawa Tengah", null, "Kanreg I Yogyakarta"),
        new AgencyInfo(Guid.NewGuid(), "KAB-3301", "Pemerintah Kabupaten Cilacap", AgencyKind.Kabupaten, "Jawa Tengah", null, "Kanreg I Yogyakarta"),
    ]);

    private const string Header = "periode,kode_instansi,user_aktif,user_tidak_aktif,login_terakhir,modul_kp_user,modul_kp_transaksi,modul_pensiun_user,modul_pensiun_transaksi";

    private static SapkCheckResult Check(params string[] rows) =>
        SapkImportCheck.Check(SapkFile.Read("data.csv", Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows]) + "\n")), Registry, Modules, Today);

    private static IReadOnlyList<string> ErrorsOfRow(SapkCheckResult result, int index) => result.Rows[index].Errors;

    [Fact]
    public void A_clean_file_gives_one_record_per_row_with_its_module_figures()
    {
        var result = Check("2017-12,PUSAT-BKN,120,8,2017-12-28,40,310,12,90", "2017-12,prov-33,300,20,,0,0,5,7");

        Assert.True(result.IsValid);
        Assert.Equal(2, result.Records.Count);
        var bkn = result.Records[0];
        Assert.Equal((201712, "PUSAT-BKN", 120, 8), (bkn.Period, bkn.AgencyCode, bkn.ActiveUsers, bkn.InactiveUsers));
        Assert.Equal(new DateOnly(2017, 12, 28), bkn.LastLogin);
        Assert.Equal(new SapkModuleValue(40, 310), bkn.Modules["KP"]);
        Assert.Equal("PROV-33", result.Records[1].AgencyCode);
        Assert.False(result.Records[1].Modules.ContainsKey("KP"));
    }

    [Fact]
    public void An_unknown_agency_code_is_refused_and_nothing_is_kept()
    {
        var result = Check("2017-12,PUSAT-BKN,120,8,,1,1,1,1", "2017-12,KAB-9999,10,1,,1,1,1,1");

        Assert.False(result.IsValid);
        Assert.Empty(result.Records);
        Assert.Empty(ErrorsOfRow(result, 0));
        Assert.Contains("Kode instansi 'KAB-9999' tidak terdaftar.", ErrorsOfRow(result, 1));
    }

    [Fact]
    public void Negative_numbers_are_refused()
    {
        var result = Check("2017-12,PUSAT-BKN,-5,8,,1,-2,1,1");

        Assert.False(result.IsValid);
        Assert.Contains(ErrorsOfRow(result, 0), e => e.StartsWith("Kolom user_aktif tidak boleh negatif", StringComparison.Ordinal));
        Assert.Contains(ErrorsOfRow(result, 0), e => e.StartsWith("Kolom modul_kp_transaksi tidak boleh negatif", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_numbers_are_refused()
    {
        var result = Check("2017-12,PUSAT-BKN,12a,1.234,,1,1,1,1");

        Assert.Contains("Kolom user_aktif: '12a' bukan bilangan bulat.", ErrorsOfRow(result, 0));
        Assert.Contains("Kolom user_tidak_aktif: '1.234' bukan bilangan bulat.", ErrorsOfRow(result, 0));
        Assert.Empty(result.Records);
    }

    [Fact]
    public void A_duplicate_agency_in_one_period_is_refused_naming_the_first_row()
    {
        var result = Check("2017-12,PUSAT-BKN,120,8,,1,1,1,1", "2017-11,PUSAT-BKN,120,8,,1,1,1,1", "2017-12,pusat-bkn,100,8,,1,1,1,1");

        Assert.Empty(ErrorsOfRow(result, 1));
        Assert.Contains("Baris ganda: instansi PUSAT-BKN periode 2017-12 sudah ada di baris 2.", ErrorsOfRow(result, 2));
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_future_period_and_a_malformed_period_are_refused()
    {
        var result = Check("2018-04,PUSAT-BKN,120,8,,1,1,1,1", "2018-03,PROV-33,1,1,,1,1,1,1", "12-2017,KAB-3301,1,1,,1,1,1,1", ",KAB-3301,1,1,,1,1,1,1");

        Assert.Contains("Periode 2018-04 belum tiba (bulan berjalan 2018-03).", ErrorsOfRow(result, 0));
        Assert.Empty(ErrorsOfRow(result, 1));
        Assert.Contains("Periode '12-2017' tidak sah; tulis TTTT-BB, misalnya 2017-12.", ErrorsOfRow(result, 2));
        Assert.Contains("Periode kosong.", ErrorsOfRow(result, 3));
    }

    [Fact]
    public void Module_users_above_the_agency_users_and_a_bad_date_are_refused()
    {
        var result = Check("2017-12,PUSAT-BKN,10,2,28-12-2017,13,1,1,1");

        Assert.Contains("Pengguna modul KP (13) melebihi jumlah pengguna instansi (12).", ErrorsOfRow(result, 0));
        Assert.Contains("Kolom login_terakhir: '28-12-2017' bukan tanggal TTTT-BB-HH.", ErrorsOfRow(result, 0));
    }

    [Fact]
    public void Missing_and_unknown_columns_refuse_the_whole_file()
    {
        var result = SapkImportCheck.Check(SapkFile.Read("x.csv", Encoding.UTF8.GetBytes("periode;kode_instansi;user_aktif;modul_cuti_user\n2017-12;PUSAT-BKN;1;1\n")), Registry, Modules, Today);

        Assert.Contains("Kolom wajib 'user_tidak_aktif' tidak ada di baris judul.", result.FileErrors);
        Assert.Contains(result.FileErrors, e => e.StartsWith("Kolom 'modul_cuti_user' tidak dikenal", StringComparison.Ordinal));
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_file_of_another_kind_is_refused_with_a_message()
    {
        var error = Assert.Throws<SapkFileException>(() => SapkFile.Read("data.pdf", [1, 2, 3]));

        Assert.Equal("Jenis berkas tidak didukung: unggah berkas .csv atau .xlsx.", error.Message);
    }

    [Fact]
    public void The_excel_template_reads_back_as_a_clean_file()
    {
        var bytes = SapkFile.ExcelTemplate(Modules, ["PUSAT-BKN", "PROV-33"], 201712);

        var result = SapkImportCheck.Check(SapkFile.Read("templat.xlsx", bytes), Registry, Modules, Today);

        Assert.True(result.IsValid, string.Join("; ", result.FileErrors.Concat(result.Rows.SelectMany(r => r.Errors))));
        Assert.Equal(2, result.Records.Count);
        Assert.Equal(new SapkModuleValue(40, 310), result.Records[1].Modules["Pensiun"]);
    }

    [Fact]
    public void The_csv_template_reads_back_as_a_clean_file()
    {
        var result = SapkImportCheck.Check(SapkFile.Read("templat.csv", SapkFile.CsvTemplate(Modules, ["KAB-3301"], 201712)), Registry, Modules, Today);

        Assert.True(result.IsValid);
        Assert.Equal(120, Assert.Single(result.Records).ActiveUsers);
    }
}
