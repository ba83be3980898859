using Bkn.Cms.AuditTrail.Models;
using ClosedXML.Excel;

namespace Bkn.Cms.AuditTrail.Services;

/// <summary>The audit export as an Excel workbook: one row per event, times in the site's zone (WIB), header frozen and filterable.</summary>
public static class AuditWorkbook
{
    private static readonly string[] Headers = ["Waktu", "Kategori", "Peristiwa", "Ringkasan", "Pengguna", "Unit", "Konten", "Tipe", "Versi lama", "Versi baru"];

    public static byte[] Build(IReadOnlyList<AuditEventRecord> events, IReadOnlyDictionary<Guid, string> unitNames, TimeZoneInfo zone)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Jejak Audit");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = c == 0 ? $"{Headers[c]} ({Bkn.Cms.Hosting.SiteTimeZone.Abbreviation(zone)})" : Headers[c];
        }

        var row = 2;
        foreach (var e in events)
        {
            sheet.Cell(row, 1).Value = Bkn.Cms.Hosting.SiteTimeZone.ToLocal(e.OccurredUtc, zone);
            sheet.Cell(row, 1).Style.DateFormat.Format = "yyyy-mm-dd hh:mm:ss";
            // Texts are set as strings so that a summary starting with "=" is never read as a formula.
            SetText(sheet.Cell(row, 2), e.Category);
            SetText(sheet.Cell(row, 3), e.Name);
            SetText(sheet.Cell(row, 4), e.Summary);
            SetText(sheet.Cell(row, 5), e.UserName);
            SetText(sheet.Cell(row, 6), e.UnitId is { } unit ? unitNames.GetValueOrDefault(unit, unit.ToString()) : null);
            SetText(sheet.Cell(row, 7), e.ContentItemId);
            SetText(sheet.Cell(row, 8), e.ContentType);
            SetText(sheet.Cell(row, 9), e.PreviousVersionId);
            SetText(sheet.Cell(row, 10), e.VersionId);
            row++;
        }

        var header = sheet.Range(1, 1, 1, Headers.Length);
        header.Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, row - 1), Headers.Length).SetAutoFilter();
        // Fixed widths: measuring text (AdjustToContents) needs System.Drawing fonts, absent on Linux servers.
        double[] widths = [20, 12, 22, 60, 18, 30, 28, 16, 28, 28];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void SetText(IXLCell cell, string? value)
    {
        cell.SetValue(value ?? "");
        cell.DataType = XLDataType.Text;
    }
}
