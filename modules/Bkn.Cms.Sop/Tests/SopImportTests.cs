using System.Net;
using System.Net.Http.Headers;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Tests.Infrastructure;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Tests.Modules.Sop;

/// <summary>The Excel import of an existing register: row-level errors, nothing saved from a file with errors until the
/// user confirms the valid rows, and another unit's rows refused for a unit's author.</summary>
[Collection(SopCollection.Name)]
public sealed class SopImportTests(SopSite site)
{
    private static byte[] Workbook(params string[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Register");
        string[] headers = ["Nomor SOP", "Nama SOP", "Kode unit", "Status", "Tanggal Pembuatan", "Tanggal Efektif"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 2, c + 1).Value = rows[r][c];
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static async Task<string> UploadAsync(HttpClient client, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await client.AntiforgeryTokenAsync("/admin/sop/impor")), "__RequestVerificationToken");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "berkas", "register.xlsx");
        var response = await client.PostAsync("/admin/sop/impor", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private Task<int> CountAsync(string prefix) => site.DbAsync(db => db.Set<SopDocument>().CountAsync(s => s.Nomor.StartsWith(prefix)));

    [Fact]
    public async Task A_register_with_broken_rows_saves_nothing_until_the_valid_rows_are_confirmed()
    {
        var author = await site.AsAsync("penyusun.kp");
        var file = Workbook(
            ["IMP-KP/001", "Penerimaan Usul Mutasi", "DIT-PENGADAAN", "Berlaku", "2017-03-01", "2017-09-01"],
            ["IMP-KP/002", "", "DIT-PENGADAAN", "Draf", "2017-03-01", ""],
            ["IMP-KP/003", "Pengarsipan Berkas Pensiun", "DIT-PENSIUN", "Berlaku", "2017-03-01", "2017-09-01"],
            ["IMP-KP/001", "Penerimaan Usul Mutasi (ganda)", "DIT-PENGADAAN", "Draf", "2017-03-01", ""],
            ["IMP-KP/004", "Penyusunan Laporan", "DIT-PENGADAAN", "Sah", "kemarin", ""]);

        var checkedPage = await UploadAsync(author, file);
        Assert.Contains("1 baris valid, 4 baris bermasalah. Belum ada yang disimpan.", checkedPage, StringComparison.Ordinal);
        Assert.Contains("Nama SOP kosong.", checkedPage, StringComparison.Ordinal);
        Assert.Contains("Anda tidak berwenang mengimpor SOP unit DIT-PENSIUN.", checkedPage, StringComparison.Ordinal);
        Assert.Contains("muncul lebih dari sekali", checkedPage, StringComparison.Ordinal);
        Assert.Contains("Status \"Sah\" tidak dikenal", checkedPage, StringComparison.Ordinal);
        Assert.Contains("Tanggal Pembuatan \"kemarin\" bukan tanggal", checkedPage, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("IMP-KP/"));

        // The user confirms: only the valid row goes in, in force with its dates.
        var confirm = await author.PostFormAsync("/admin/sop/impor", "/admin/sop/impor", new() { ["data"] = Convert.ToBase64String(file), ["konfirmasi"] = "1" });
        Assert.Contains("1 SOP diimpor.", WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var imported = await site.DbAsync(db => db.Set<SopDocument>().AsNoTracking().SingleAsync(s => s.Nomor == "IMP-KP/001"));
        Assert.Equal(SopStatus.Berlaku, imported.Status);
        Assert.Equal(new DateOnly(2017, 9, 1), imported.TanggalEfektif);
        Assert.Equal(1, await CountAsync("IMP-KP/"));

        // Importing the same file again finds the number taken.
        Assert.Contains("sudah ada di register unit ini", await UploadAsync(author, file), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("IMP-KP/"));

        // A file that is not a workbook is refused with a message.
        Assert.Contains("bukan lembar kerja Excel", await UploadAsync(author, "bukan excel"u8.ToArray()), StringComparison.Ordinal);
    }
}
