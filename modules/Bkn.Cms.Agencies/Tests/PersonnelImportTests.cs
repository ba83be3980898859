using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Bkn.Cms.Agencies;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Tests.Infrastructure;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.Agencies;

/// <summary>
/// The personnel import at /admin/instansi/kepegawaian as a user clicks it: an Excel workbook (dates as date cells,
/// read as a stream) or CSV; a file with broken rows saves nothing and offers a row-level report (row, column,
/// message, never a full NIP) for its uploader only; a valid file stores every row; an agency operator imports only
/// their own agency's rows.
/// </summary>
public sealed partial class PersonnelImportTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task A_workbook_with_broken_rows_saves_nothing_and_offers_a_row_level_report_to_its_uploader_only()
    {
        var people = await GenerateAsync("KAB-3303", 40, seed: 301);
        var broken = people.Select(Cells).ToList();
        broken[4][5] = "III/z";                       // row 6: golongan
        broken[9][3] = "1970-02-30";                  // row 11: not a date
        broken[20] = (string[])broken[21].Clone();    // rows 22 and 23 are the same person: row 23 is the duplicate
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();

        var html = await ImportAsync(admin, Workbook(broken), "pegawai.xlsx");

        Assert.Contains("3 baris bermasalah. Tidak ada yang disimpan", html);
        Assert.Contains("40 baris dibaca, 37 sah", html);
        Assert.Matches(@"<td>6</td><td>Golongan</td><td>Golongan 'III/z' tidak dikenal", html);
        Assert.Matches(@"<td>11</td><td>Tanggal lahir</td><td>Tanggal lahir harus tanggal", html);
        Assert.Matches(@"<td>23</td><td>NIP</td><td>NIP muncul lebih dari sekali dalam berkas.", html);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var nips = people.Select(p => p.Nip).ToList();
            Assert.False(await scope.ServiceProvider.GetRequiredService<DbContext>().Set<PersonnelRow>().AnyAsync(r => nips.Contains(r.Nip)));
        }

        var link = ReportLink().Match(html);
        Assert.True(link.Success, "the page links the error report");
        var response = await admin.GetAsync(link.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString());
        var report = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = report.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Baris;Kolom;Pesan", lines[0]);
        Assert.Equal(["6", "11", "23"], lines.Skip(1).Select(l => l.Split(';')[0]).Distinct());
        Assert.Contains("23;NIP;NIP muncul lebih dari sekali dalam berkas.", lines);
        Assert.DoesNotMatch("[0-9]{18}", report);

        // Someone else (here an agency operator) cannot read it.
        var operatorBrowser = await OperatorAsync("PROV-34");
        Assert.Equal(HttpStatusCode.NotFound, (await operatorBrowser.GetAsync(link.Groups[1].Value)).StatusCode);
    }

    [Fact]
    public async Task A_valid_workbook_stores_every_row_and_importing_it_again_updates_them()
    {
        var people = await GenerateAsync("KAB-3304", 60, seed: 302);
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var file = Workbook(people.Select(Cells).ToList());

        var first = await PostAsync(admin, file, "pegawai.xlsx");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(first.Headers.Location!.OriginalString));
        var again = await PostAsync(admin, file, "pegawai.xlsx");
        var pageAgain = WebUtility.HtmlDecode(await admin.GetStringAsync(again.Headers.Location!.OriginalString));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("60 data kepegawaian diimpor: 60 baru, 0 diperbarui", page);
        Assert.Contains("60 data kepegawaian diimpor: 0 baru, 60 diperbarui", pageAgain);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var nips = people.Select(p => p.Nip).ToList();
        var stored = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<PersonnelRow>().AsNoTracking()
            .Where(r => r.Dataset == PersonnelDataset.Production && nips.Contains(r.Nip)).ToDictionaryAsync(r => r.Nip);
        Assert.Equal(60, stored.Count);
        foreach (var p in people)
        {
            var s = stored[p.Nip];
            Assert.Equal(
                (p.AgencyId, p.Name, p.BirthDate, p.Gender, p.Golongan, p.TmtGolongan, p.TmtCpns, p.JenisJabatan, p.Unor, p.AtasanNip, p.Status),
                (s.AgencyId, s.Name, s.BirthDate, s.Gender, s.Golongan, s.TmtGolongan, s.TmtCpns, s.JenisJabatan, s.Unor, s.AtasanNip, s.Status));
        }

        // The records are readable through the contract other modules use.
        var record = await scope.ServiceProvider.GetRequiredService<IPersonnelRecords>().FindAsync(people[0].Nip);
        Assert.Equal(people[0].AgencyId, record!.AgencyId);
    }

    [Fact]
    public async Task An_agency_operator_cannot_import_rows_of_another_agency_nor_take_over_its_NIPs()
    {
        var own = await GenerateAsync("PROV-34", 3, seed: 303);
        var other = await GenerateAsync("PROV-33", 1, seed: 304);
        string takenNip;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var jateng = AgencyCodes.IdOf("PROV-33");
            takenNip = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<PersonnelRow>().Where(r => r.AgencyId == jateng && r.Dataset == PersonnelDataset.Production).Select(r => r.Nip).FirstAsync();
        }

        var rows = own.Concat(other).Select(Cells).ToList();
        var stolen = (string[])rows[0].Clone();
        stolen[1] = takenNip;
        stolen[3] = $"{takenNip[..4]}-{takenNip[4..6]}-{takenNip[6..8]}";
        stolen[7] = $"{takenNip[8..12]}-{takenNip[12..14]}-01";
        stolen[4] = takenNip[14] == '1' ? "L" : "P";
        stolen[6] = stolen[7];
        rows.Add(stolen);
        var csv = new StringBuilder(string.Join(";", PersonnelImport.Columns)).Append('\n');
        foreach (var r in rows)
        {
            csv.Append(string.Join(";", r)).Append('\n');
        }

        var browser = await OperatorAsync("PROV-34");
        var html = await ImportAsync(browser, Encoding.UTF8.GetBytes(csv.ToString()), "pegawai.csv");

        Assert.Contains("2 baris bermasalah. Tidak ada yang disimpan", html);
        Assert.Matches(@"<td>5</td><td>Kode instansi</td><td>Kode instansi 'PROV-33' tidak dikenal atau di luar kewenangan Anda.", html);
        Assert.Matches(@"<td>6</td><td>NIP</td><td>NIP sudah terdaftar pada instansi lain.", html);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var nips = own.Concat(other).Select(p => p.Nip).ToList();
            Assert.False(await db.Set<PersonnelRow>().AnyAsync(r => nips.Contains(r.Nip)));
            Assert.Equal(AgencyCodes.IdOf("PROV-33"), (await db.Set<PersonnelRow>().AsNoTracking().SingleAsync(r => r.Dataset == PersonnelDataset.Production && r.Nip == takenNip)).AgencyId);
        }

        // Their own rows alone go in.
        var ownCsv = new StringBuilder(string.Join(";", PersonnelImport.Columns)).Append('\n');
        foreach (var r in own.Select(Cells))
        {
            ownCsv.Append(string.Join(";", r)).Append('\n');
        }

        var saved = await PostAsync(browser, Encoding.UTF8.GetBytes(ownCsv.ToString()), "pegawai.csv");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var ownNips = own.Select(p => p.Nip).ToList();
            Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<DbContext>().Set<PersonnelRow>().CountAsync(r => ownNips.Contains(r.Nip) && r.AgencyId == AgencyCodes.IdOf("PROV-34")));
        }
    }

    [Fact]
    public void The_xlsx_reader_knows_date_formats_and_masks_long_numbers_in_messages()
    {
        Assert.True(XlsxRows.IsDateFormat("dd/mm/yyyy"));
        Assert.True(XlsxRows.IsDateFormat("[$-421]d mmmm yyyy;@"));
        Assert.False(XlsxRows.IsDateFormat("0.00"));
        Assert.False(XlsxRows.IsDateFormat("\"day\" 0"));
        Assert.Equal("(angka disamarkan)", PersonnelImport.Echo("198001012005011001"));
        Assert.Equal("III/z", PersonnelImport.Echo("III/z"));
    }

    private async Task<List<PersonnelRow>> GenerateAsync(string agencyCode, int count, int seed)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var agency = await db.Set<AgencyRecord>().AsNoTracking().SingleAsync(a => a.Code == agencyCode);
        var taken = new HashSet<string>(await db.Set<PersonnelRow>().AsNoTracking().Select(r => r.Nip).ToListAsync(), StringComparer.Ordinal);
        var rows = PersonnelSampleGenerator.Generate(agency, PersonnelDataset.Production, count, seed, new DateOnly(2026, 12, 1), taken);

        // Superiors outside the file are not needed: keep those inside it.
        var inFile = rows.Select(r => r.Nip).ToHashSet();
        foreach (var r in rows.Where(r => r.AtasanNip is { } a && !inFile.Contains(a)))
        {
            r.AtasanNip = null;
        }

        return rows;
    }

    private static string[] Cells(PersonnelRow r) =>
    [
        AgencyCodeOf(r.AgencyId), r.Nip, r.Name, r.BirthDate.ToString("yyyy-MM-dd"), r.Gender, r.Golongan, r.TmtGolongan.ToString("yyyy-MM-dd"), r.TmtCpns.ToString("yyyy-MM-dd"),
        r.Jabatan, r.JenisJabatan.ToString(), r.Unor, r.Pendidikan, r.Agama, r.Kppn, r.AtasanNip ?? "", r.Status,
    ];

    private static string AgencyCodeOf(Guid id) =>
        new[] { "KAB-3303", "KAB-3304", "PROV-34", "PROV-33" }.First(c => AgencyCodes.IdOf(c) == id);

    /// <summary>An Excel workbook as a user saves it: text cells, and the date columns as real date cells.</summary>
    private static byte[] Workbook(List<string[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Pegawai");
        for (var c = 0; c < PersonnelImport.Columns.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(PersonnelImport.Columns[c]);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                if (c is 3 or 6 or 7 && DateTime.TryParseExact(rows[r][c], "yyyy-MM-dd", null, System.Globalization.DateTimeStyles.None, out var date))
                {
                    cell.SetValue(date);
                    cell.Style.DateFormat.Format = "dd/mm/yyyy";
                }
                else
                {
                    cell.SetValue(rows[r][c]);
                    cell.DataType = XLDataType.Text;
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private async Task<HttpClient> OperatorAsync(string agencyCode)
    {
        var userName = "operator.impor." + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AgencyUsers>().CreateAsync(userName, "Operator " + agencyCode, null, CmsFactory.AdminPassword, AgencyCodes.IdOf(agencyCode), ["Operator Instansi"], CancellationToken.None);
        }

        var browser = host.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(userName, CmsFactory.AdminPassword)).StatusCode);
        return browser;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, byte[] file, string fileName)
    {
        var token = await browser.AntiforgeryTokenAsync("/admin/instansi/kepegawaian");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "berkas", fileName },
        };
        return await browser.PostAsync("/admin/instansi/kepegawaian/impor", form);
    }

    private static async Task<string> ImportAsync(HttpClient browser, byte[] file, string fileName)
    {
        var response = await PostAsync(browser, file, fileName);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("href=\"(/admin/instansi/kepegawaian/impor/laporan/[0-9a-f]{32})\"")]
    private static partial Regex ReportLink();
}
