using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Bkn.Cms.Agencies;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bkn.Cms.Benchmarks.BenchTools;

namespace Bkn.Cms.Benchmarks;

/// <summary>
/// The personnel import at scale: R synthetic civil servants (valid NIPs from the Agencies sample generator) of one
/// agency written to an Excel workbook the way Excel saves one (shared strings, dates as date cells), uploaded over HTTP
/// by an agency operator of that agency — first with every hundredth row broken (refused: nothing stored, the row-level
/// report downloaded and counted), then valid (every row stored) — each timed end to end from the upload to the answer.
/// </summary>
internal static partial class KpoBenchmark
{
    private const string ImportAgency = "PUSAT-KEMENKEU";

    private static async Task<int> RunImportAsync(DatabaseProvider provider, BenchDatabase database, int count, bool compare)
    {
        Console.WriteLine($"kpo import on {provider}: {count:N0} rows, .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        var site = await StartSiteAsync(provider, database);
        if (site is null)
        {
            return 1;
        }

        await using var app = site.Value.App;
        var clock = Stopwatch.StartNew();
        List<PersonnelRow> people;
        Guid agencyId;
        const string userName = "operator.impor.bench";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var agency = await db.Set<AgencyRecord>().AsNoTracking().FirstAsync(a => a.Code == ImportAgency);
            agencyId = agency.Id;
            var taken = new HashSet<string>(await db.Set<PersonnelRow>().AsNoTracking().Select(r => r.Nip).ToListAsync(), StringComparer.Ordinal);
            people = PersonnelSampleGenerator.Generate(agency, PersonnelDataset.Production, count, seed: 29, DateOnly.FromDateTime(DateTime.UtcNow), taken);
            await scope.ServiceProvider.GetRequiredService<AgencyUsers>().CreateAsync(userName, "Operator Impor", null, AdminPassword, agencyId, ["Operator Instansi"], default);
        }

        var valid = people.Select(Cells).ToList();
        var broken = valid.Select(r => (string[])r.Clone()).ToList();
        var brokenRows = 0;
        for (var i = 50; i < broken.Count; i += 100, brokenRows++)
        {
            switch (brokenRows % 4)
            {
                case 0: broken[i][5] = "III/z"; break;                                      // unknown golongan
                case 1: broken[i][3] = "1950-01-01"; break;                                 // birth date against the NIP
                case 2: broken[i][1] = broken[i][1][..17]; break;                           // a NIP of 17 digits
                default: broken[i][15] = "Cuti"; break;                                     // unknown status
            }
        }

        var brokenFile = Workbook(broken);
        var validFile = Workbook(valid);
        Console.WriteLine($"generated {count:N0} civil servants and two workbooks ({validFile.Length / 1024.0 / 1024.0:F1} MB valid, {brokenRows:N0} broken rows in the other) in {clock.Elapsed.TotalSeconds:F0} s");

        if (compare)
        {
            CompareReaders(validFile);
        }

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = site.Value.Address, Timeout = TimeSpan.FromMinutes(10) };
        var login = Hidden(await browser.GetStringAsync("/akun/masuk"), "__RequestVerificationToken");
        var signedIn = await browser.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = login, ["UserName"] = userName, ["Password"] = AdminPassword }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            Console.WriteLine("sign-in failed");
            return 1;
        }

        // 1. The file with broken rows: refused, report downloaded, nothing stored.
        clock.Restart();
        var refused = await UploadAsync(browser, brokenFile);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var refusedSeconds = clock.Elapsed.TotalSeconds;
        var link = Regex.Match(html, "href=\"(/admin/instansi/kepegawaian/impor/laporan/[0-9a-f]{32})\"");
        var summary = Regex.Match(html, "id=\"import-message\">([^<]*)<").Groups[1].Value;
        var reportLines = link.Success ? (await browser.GetStringAsync(link.Groups[1].Value)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1 : -1;
        var storedAfterRefusal = await CountAsync(app.Services, agencyId);
        Console.WriteLine($"broken file: HTTP {(int)refused.StatusCode} in {refusedSeconds:F1} s end to end; \"{summary}\"; report {reportLines:N0} lines; stored rows {storedAfterRefusal:N0}");

        // 2. The valid file: every row stored in one transaction.
        clock.Restart();
        var saved = await UploadAsync(browser, validFile);
        var savedSeconds = clock.Elapsed.TotalSeconds;
        var stored = await CountAsync(app.Services, agencyId);
        var message = saved.Headers.Location is { } location ? Regex.Match(WebUtility.HtmlDecode(await browser.GetStringAsync(location)), "[0-9.]+ data kepegawaian diimpor[^<]*").Value : "";
        Console.WriteLine($"valid file: HTTP {(int)saved.StatusCode} in {savedSeconds:F1} s end to end; \"{message}\"; stored rows {stored:N0} of {count:N0}");
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB (site, client and both workbooks in one process), load average {LoadAverage()}");

        await app.StopAsync();
        return storedAfterRefusal == 0 && stored == count && reportLines >= brokenRows ? 0 : 1;
    }

    /// <summary>
    /// The same workbook read in-process by the streaming reader the import uses and by ClosedXML's workbook model
    /// (what the import did before: load the workbook, then read every cell), with time and bytes allocated.
    /// </summary>
    private static void CompareReaders(byte[] file)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var rows = 0;
        using (var stream = new MemoryStream(file))
        {
            foreach (var _ in XlsxRows.Read(stream, PersonnelImport.Columns.Length))
            {
                rows++;
            }
        }

        Console.WriteLine($"read in-process, streaming (XlsxRows): {rows:N0} rows in {clock.Elapsed.TotalSeconds:F1} s, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024 / 1024:N0} MB allocated");

        GC.Collect();
        allocated = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        rows = 0;
        using (var stream = new MemoryStream(file))
        using (var workbook = new ClosedXML.Excel.XLWorkbook(stream))
        {
            var load = clock.Elapsed.TotalSeconds;
            var sheet = workbook.Worksheets.First();
            var last = sheet.LastRowUsed()?.RowNumber() ?? 0;
            for (var r = 1; r <= last; r++)
            {
                for (var c = 1; c <= PersonnelImport.Columns.Length; c++)
                {
                    var cell = sheet.Cell(r, c);
                    _ = cell.DataType == ClosedXML.Excel.XLDataType.DateTime ? cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : cell.GetString();
                }

                rows++;
            }

            Console.WriteLine($"read in-process, ClosedXML workbook (before): {rows:N0} rows in {clock.Elapsed.TotalSeconds:F1} s (load {load:F1} s), {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024 / 1024:N0} MB allocated");
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, byte[] file)
    {
        var token = Hidden(await browser.GetStringAsync("/admin/instansi/kepegawaian"), "__RequestVerificationToken");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "berkas", "pegawai.xlsx" },
        };
        return await browser.PostAsync("/admin/instansi/kepegawaian/impor", form);
    }

    private static async Task<int> CountAsync(IServiceProvider services, Guid agencyId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<PersonnelRow>().CountAsync(r => r.AgencyId == agencyId && r.Dataset == PersonnelDataset.Production);
    }

    private static string[] Cells(PersonnelRow r) =>
    [
        ImportAgency, r.Nip, r.Name, Iso(r.BirthDate), r.Gender, r.Golongan, Iso(r.TmtGolongan), Iso(r.TmtCpns),
        r.Jabatan, r.JenisJabatan.ToString(), r.Unor, r.Pendidikan, r.Agama, r.Kppn, r.AtasanNip ?? "", r.Status,
    ];

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A workbook as Excel writes one: text in shared strings, the date columns as serial numbers with a date format.</summary>
    private static byte[] Workbook(List<string[]> rows)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        int Shared(string s)
        {
            if (!shared.TryGetValue(s, out var i))
            {
                shared[s] = i = strings.Count;
                strings.Add(s);
            }

            return i;
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Text(string path, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

            Text("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
            Text("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Text("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Pegawai\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Text("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
            Text("xl/styles.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"{main}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts><fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");

            using (var writer = XmlWriter.Create(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true }))
            {
                writer.WriteStartElement("worksheet", main);
                writer.WriteStartElement("sheetData", main);
                var all = new List<string[]>(rows.Count + 1) { PersonnelImport.Columns };
                all.AddRange(rows);
                for (var r = 0; r < all.Count; r++)
                {
                    writer.WriteStartElement("row", main);
                    writer.WriteAttributeString("r", (r + 1).ToString(CultureInfo.InvariantCulture));
                    for (var c = 0; c < all[r].Length; c++)
                    {
                        var value = all[r][c];
                        if (value.Length == 0)
                        {
                            continue;
                        }

                        writer.WriteStartElement("c", main);
                        writer.WriteAttributeString("r", $"{(char)('A' + c)}{r + 1}");
                        if (r > 0 && c is 3 or 6 or 7 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        {
                            writer.WriteAttributeString("s", "1");
                            writer.WriteElementString("v", main, date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            writer.WriteAttributeString("t", "s");
                            writer.WriteElementString("v", main, Shared(value).ToString(CultureInfo.InvariantCulture));
                        }

                        writer.WriteEndElement();
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            using (var writer = XmlWriter.Create(zip.CreateEntry("xl/sharedStrings.xml").Open(), new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true }))
            {
                writer.WriteStartElement("sst", main);
                writer.WriteAttributeString("uniqueCount", strings.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var s in strings)
                {
                    writer.WriteStartElement("si", main);
                    writer.WriteElementString("t", main, s);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }
        }

        return output.ToArray();
    }
}
