using System.Globalization;
using System.Text;

namespace Bkn.Cms.Humas.Services;

/// <summary>
/// A minimal PDF writer for the sample regulations' documents: one A4 page of left-aligned Helvetica text (a bold title,
/// then paragraphs wrapped at the page width), a valid cross-reference table. Characters outside Latin-1 become close
/// ASCII equivalents (dashes, quotes) or "?"; it is not meant for anything but short generated documents.
/// </summary>
public static class SimplePdf
{
    private const int PageWidth = 595;
    private const int PageHeight = 842;
    private const int Margin = 64;

    public static byte[] Create(string title, IEnumerable<string> paragraphs)
    {
        var content = new StringBuilder();
        var y = PageHeight - Margin;
        void Lines(string text, string font, int size, int leading, int maxChars)
        {
            foreach (var line in Wrap(text, maxChars))
            {
                if (y < Margin)
                {
                    return; // One page is enough for a sample document.
                }

                content.Append(CultureInfo.InvariantCulture, $"BT /{font} {size} Tf {Margin} {y} Td ({Escape(line)}) Tj ET\n");
                y -= leading;
            }

            y -= leading / 2;
        }

        Lines(title, "F2", 13, 17, 70);
        foreach (var paragraph in paragraphs)
        {
            Lines(paragraph, "F1", 10, 14, 95);
        }

        var stream = Encoding.Latin1.GetBytes(content.ToString());
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"),
            Ascii($"<< /Length {stream.Length} >>\nstream\n").Concat(stream).Concat(Ascii("\nendstream")).ToArray(),
        };

        using var pdf = new MemoryStream();
        void Write(byte[] bytes) => pdf.Write(bytes);
        Write(Ascii("%PDF-1.4\n"));
        Write([0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]); // Marks the file as binary.
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(Ascii($"{i + 1} 0 obj\n"));
            Write(objects[i]);
            Write(Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static IEnumerable<string> Wrap(string text, int maxChars)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static string Escape(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            var mapped = c switch
            {
                '–' or '—' or '‑' => '-',
                '‘' or '’' => '\'',
                '“' or '”' => '"',
                '×' => 'x',
                _ => c,
            };
            if (mapped is '(' or ')' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(mapped is >= ' ' and <= 'ÿ' ? mapped : '?');
        }

        return builder.ToString();
    }
}
