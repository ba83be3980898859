using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Bkn.Cms.Agencies.Services;

/// <summary>
/// Reads the rows of the first worksheet of an .xlsx file as text, one row at a time, straight from the package's XML
/// (shared strings, inline strings, numbers, booleans; numbers in a date format become <c>yyyy-MM-dd</c>). Unlike a
/// workbook object model it never holds the sheet in memory, so a 100,000-row file reads in seconds with flat memory.
/// Formulas give their cached value. A package that is no workbook throws <see cref="InvalidDataException"/>.
/// </summary>
public static class XlsxRows
{
    /// <summary>Refuses packages whose shared strings would expand beyond this many characters (a zip bomb).</summary>
    public const long MaxSharedStringChars = 256L * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    /// <summary>Every row that has a cell, with its 1-based row number and the first <paramref name="columns"/> cells ("" when empty).</summary>
    public static IEnumerable<(int Row, string[] Cells)> Read(Stream stream, int columns)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var (sheetPath, sharedPath, stylesPath) = Locate(zip);
        var sheet = Find(zip, sheetPath) ?? throw new InvalidDataException("No worksheet.");
        var shared = Find(zip, sharedPath) is { } s ? SharedStrings(s) : [];
        var dateStyles = Find(zip, stylesPath) is { } st ? DateStyles(st) : [];

        using var reader = XmlReader.Create(sheet.Open(), Settings);
        var rowNumber = 0;
        string[]? cells = null;
        var column = -1;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.LocalName == "row")
                {
                    rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                    column = -1;
                    cells = reader.IsEmptyElement ? null : NewRow(columns);
                }
                else if (reader.LocalName == "c" && cells is not null)
                {
                    column = ColumnIndex(reader.GetAttribute("r")) ?? column + 1;
                    var type = reader.GetAttribute("t");
                    var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var si) ? si : 0;
                    if (reader.IsEmptyElement)
                    {
                        continue;
                    }

                    var raw = CellText(reader);
                    if (column >= 0 && column < columns)
                    {
                        cells[column] = Value(raw, type, style, shared, dateStyles);
                    }
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row" && cells is not null)
            {
                yield return (rowNumber, cells);
                cells = null;
            }
        }
    }

    private static string[] NewRow(int columns)
    {
        var cells = new string[columns];
        Array.Fill(cells, "");
        return cells;
    }

    /// <summary>The text of a cell's value (<c>&lt;v&gt;</c>) or inline string (<c>&lt;is&gt;&lt;t&gt;</c>); leaves the reader on the cell's end.</summary>
    private static string CellText(XmlReader reader)
    {
        var depth = reader.Depth;
        string? value = null;
        StringBuilder? inline = null;
        var into = 0; // 1: inside <v>, 2: inside <t> of an inline string
        var phonetic = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.EndElement when reader.Depth == depth:
                    return value ?? inline?.ToString() ?? "";
                case XmlNodeType.Element:
                    if (reader.LocalName == "rPh")
                    {
                        phonetic = !reader.IsEmptyElement;
                    }
                    else if (!reader.IsEmptyElement && !phonetic)
                    {
                        into = reader.LocalName switch { "v" => 1, "t" => 2, _ => 0 };
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (reader.LocalName == "rPh")
                    {
                        phonetic = false;
                    }

                    into = 0;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (into == 1)
                    {
                        value = (value ?? "") + reader.Value;
                    }
                    else if (into == 2)
                    {
                        (inline ??= new StringBuilder()).Append(reader.Value);
                    }

                    break;
            }
        }

        return value ?? inline?.ToString() ?? "";
    }

    private static string Value(string raw, string? type, int style, List<string> shared, HashSet<int> dateStyles)
    {
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
            case "inlineStr" or "str" or "e" or "b":
                return raw;
            case "d":
                return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : raw;
            default:
                if (dateStyles.Contains(style) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > -657435 and < 2958466)
                {
                    return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                return raw;
        }
    }

    /// <summary>"AB12" → 27 (0-based column); null when the reference has no letters.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        var letters = 0;
        foreach (var ch in reference)
        {
            var c = char.ToUpperInvariant(ch);
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
            letters++;
            if (letters > 3)
            {
                return null;
            }
        }

        return letters == 0 ? null : index - 1;
    }

    /// <summary>The first sheet, the shared strings and the styles, by the workbook's relationships (with the usual names as fallback).</summary>
    private static (string Sheet, string Shared, string Styles) Locate(ZipArchive zip)
    {
        string? firstSheetRel = null;
        if (Find(zip, "xl/workbook.xml") is { } workbook)
        {
            using var reader = XmlReader.Create(workbook.Open(), Settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    for (var a = 0; a < reader.AttributeCount; a++)
                    {
                        reader.MoveToAttribute(a);
                        if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
                        {
                            firstSheetRel = reader.Value;
                        }
                    }

                    break;
                }
            }
        }
        else
        {
            throw new InvalidDataException("No workbook.");
        }

        string sheet = "xl/worksheets/sheet1.xml", shared = "xl/sharedStrings.xml", styles = "xl/styles.xml";
        if (Find(zip, "xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var reader = XmlReader.Create(rels.Open(), Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship")
                {
                    continue;
                }

                var target = reader.GetAttribute("Target") ?? "";
                var path = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                var relType = reader.GetAttribute("Type") ?? "";
                if (firstSheetRel is not null && reader.GetAttribute("Id") == firstSheetRel)
                {
                    sheet = path;
                }
                else if (relType.EndsWith("/sharedStrings", StringComparison.Ordinal))
                {
                    shared = path;
                }
                else if (relType.EndsWith("/styles", StringComparison.Ordinal))
                {
                    styles = path;
                }
            }
        }

        return (sheet, shared, styles);
    }

    private static ZipArchiveEntry? Find(ZipArchive zip, string path) =>
        zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.TrimStart('/'), path, StringComparison.OrdinalIgnoreCase));

    private static List<string> SharedStrings(ZipArchiveEntry entry)
    {
        var list = new List<string>();
        var text = new StringBuilder();
        long total = 0;
        var inT = false;
        var phonetic = false;
        using var reader = XmlReader.Create(entry.Open(), Settings);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    switch (reader.LocalName)
                    {
                        case "si":
                            text.Clear();
                            if (reader.IsEmptyElement)
                            {
                                list.Add("");
                            }

                            break;
                        case "rPh":
                            phonetic = !reader.IsEmptyElement;
                            break;
                        case "t":
                            inT = !reader.IsEmptyElement && !phonetic;
                            break;
                    }

                    break;
                case XmlNodeType.EndElement:
                    switch (reader.LocalName)
                    {
                        case "si":
                            total += text.Length;
                            if (total > MaxSharedStringChars)
                            {
                                throw new InvalidDataException("Shared strings too large.");
                            }

                            list.Add(text.ToString());
                            break;
                        case "rPh":
                            phonetic = false;
                            break;
                        case "t":
                            inT = false;
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (inT)
                    {
                        text.Append(reader.Value);
                    }

                    break;
            }
        }

        return list;
    }

    /// <summary>The indexes of the cell formats (cellXfs) whose number format shows a date.</summary>
    private static HashSet<int> DateStyles(ZipArchiveEntry entry)
    {
        var custom = new Dictionary<int, bool>();
        var formats = new List<int>();
        var inCellXfs = false;
        using var reader = XmlReader.Create(entry.Open(), Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "numFmt":
                        if (int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                        {
                            custom[id] = IsDateFormat(reader.GetAttribute("formatCode") ?? "");
                        }

                        break;
                    case "cellXfs":
                        inCellXfs = !reader.IsEmptyElement;
                        break;
                    case "xf" when inCellXfs:
                        formats.Add(int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) ? f : 0);
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }
        }

        var result = new HashSet<int>();
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i];
            if (custom.TryGetValue(id, out var isDate) ? isDate : id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58))
            {
                result.Add(i);
            }
        }

        return result;
    }

    /// <summary>A format code shows a date when, outside quoted text and [..] sections, it has a year or day part.</summary>
    internal static bool IsDateFormat(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '\\' || c == '_' || c == '*')
            {
                i++;
            }
            else if (c == '[')
            {
                bracket = true;
            }
            else if (c == ']')
            {
                bracket = false;
            }
            else if (!bracket && (c is 'y' or 'Y' or 'd' or 'D'))
            {
                return true;
            }
        }

        return false;
    }
}
