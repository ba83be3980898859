using System.Globalization;
using System.Net;
using System.Text;
using Bkn.Cms.Sop.Models;

namespace Bkn.Cms.Sop.Services;

/// <summary>The five symbols the regulation allows.</summary>
public enum SymbolKind
{
    Terminator,
    Proses,
    Keputusan,
    Konektor,
}

/// <summary>An axis-aligned rectangle in SVG units.</summary>
public readonly record struct Box(double X, double Y, double W, double H)
{
    public double Right => X + W;

    public double Bottom => Y + H;

    public double CenterX => X + (W / 2);

    public double CenterY => Y + (H / 2);

    /// <summary>Whether the horizontal or vertical segment touches the rectangle (edges included).</summary>
    public bool Touches((double X, double Y) a, (double X, double Y) b)
    {
        var minX = Math.Min(a.X, b.X);
        var maxX = Math.Max(a.X, b.X);
        var minY = Math.Min(a.Y, b.Y);
        var maxY = Math.Max(a.Y, b.Y);
        return maxX >= X && minX <= Right && maxY >= Y && minY <= Bottom;
    }
}

/// <summary>A drawn symbol; <see cref="Owner"/> is the row id, or "konektor:{n}" for an off-page connector.</summary>
public sealed record PlacedSymbol(string Owner, SymbolKind Kind, Box Box, string? Label = null);

/// <summary>An arrow as a polyline of horizontal and vertical segments from one symbol to another.</summary>
public sealed record PlacedArrow(string From, string To, IReadOnlyList<(double X, double Y)> Points, string? Label);

/// <summary>One A4 page of the flowchart with the rows it shows and its SVG.</summary>
public sealed record FlowchartPage(int Number, double Width, double Height, IReadOnlyList<int> Rows, IReadOnlyList<PlacedSymbol> Symbols, IReadOnlyList<PlacedArrow> Arrows, string Svg);

/// <summary>
/// Draws an SOP flowchart in the layout of Permenpan-RB 35/2012: a table with No, Kegiatan, one swimlane column per
/// Pelaksana, Mutu Baku (Persyaratan/Kelengkapan, Waktu, Output) and Keterangan; only terminator, process, decision,
/// arrow and off-page connector. Symbols sit in the middle of their cell; arrows run only through the free margins
/// (the gaps above and below symbols along row boundaries, and the left and right margins of each lane), so they
/// never cross a symbol. Pages are A4 portrait in proportion; an arrow to a row on another page ends in an off-page
/// connector (pentagon) at the bottom of its page and resumes from one at the top of the target's page.
/// </summary>
public static class SopFlowchartRenderer
{
    public const double NoWidth = 36;
    public const double KegiatanWidth = 200;
    public const double LaneWidth = 110;
    public const double PersyaratanWidth = 130;
    public const double WaktuWidth = 64;
    public const double OutputWidth = 110;
    public const double KeteranganWidth = 110;
    public const double MinRowHeight = 64;
    public const double BandHeight = 48;
    public const double Margin = 16;
    private const double LineHeight = 12;
    private const double HeaderTop = 26;
    private const int SlotsPerLane = 3;

    public static IReadOnlyList<FlowchartPage> Render(Flowchart flowchart, string title = "Diagram alir SOP", double? pageHeight = null)
    {
        var steps = flowchart.Steps;
        var lanes = flowchart.Lanes().ToList();
        if (lanes.Count == 0)
        {
            lanes.Add("Pelaksana");
        }

        var laneIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lanes.Count; i++)
        {
            laneIndex[lanes[i]] = i;
        }

        var width = NoWidth + KegiatanWidth + (lanes.Count * LaneWidth) + PersyaratanWidth + WaktuWidth + OutputWidth + KeteranganWidth;
        var laneLines = lanes.Select(l => Wrap(l, LaneWidth)).ToList();
        var headerHeight = HeaderTop + Math.Max(24, (laneLines.Max(l => l.Count) * LineHeight) + 10);
        var rowHeights = steps.Select(RowHeight).ToList();
        var fullHeight = pageHeight ?? Math.Round(width * 297 / 210);

        // Pages: all rows on one when they fit; otherwise as many as fit with room for a connector band at top and bottom.
        var pages = new List<List<int>>();
        var available = fullHeight - (2 * Margin) - headerHeight;
        if (rowHeights.Sum() + Margin <= available)
        {
            pages.Add([.. Enumerable.Range(0, steps.Count)]);
        }
        else
        {
            var budget = available - (2 * BandHeight) - Margin;
            var current = new List<int>();
            double used = 0;
            for (var i = 0; i < steps.Count; i++)
            {
                if (current.Count > 0 && used + rowHeights[i] > budget)
                {
                    pages.Add(current);
                    current = [];
                    used = 0;
                }

                current.Add(i);
                used += rowHeights[i];
            }

            pages.Add(current);
        }

        var pageOf = new int[steps.Count];
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var row in pages[p])
            {
                pageOf[row] = p;
            }
        }

        var split = pages.Count > 1;
        var result = new List<FlowchartPage>();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = new PageBuilder(width, headerHeight, lanes.Count, split);
            var top = Margin + headerHeight + (split ? BandHeight : 0);
            foreach (var row in pages[p])
            {
                page.RowTop[row] = top;
                page.RowHeight[row] = rowHeights[row];
                top += rowHeights[row];
            }

            page.TableBottom = top;
            page.BandTop = top;
            foreach (var row in pages[p])
            {
                var step = steps[row];
                var lane = laneIndex.GetValueOrDefault(step.Pelaksana.Trim(), 0);
                page.Lane[step.Id] = lane;
                page.Add(new PlacedSymbol(step.Id, step.Kind switch
                {
                    StepKind.Keputusan => SymbolKind.Keputusan,
                    StepKind.Kegiatan => SymbolKind.Proses,
                    _ => SymbolKind.Terminator,
                }, SymbolBox(step.Kind, page.LaneLeft(lane), page.RowTop[row], rowHeights[row])), row);
            }

            foreach (var row in pages[p])
            {
                var index = 0;
                foreach (var (target, label) in flowchart.Exits(row))
                {
                    var side = label == "Tidak";
                    index++;
                    var t = flowchart.IndexOf(target);
                    if (t < 0)
                    {
                        continue;
                    }

                    if (pageOf[t] == p)
                    {
                        page.Route(steps[row].Id, row, steps[t].Id, t, side, label);
                    }
                    else
                    {
                        var connector = page.Connector(bottom: true, page.Lane[steps[row].Id], t);
                        page.Route(steps[row].Id, row, connector.Owner, PageBuilder.BottomBand, side, label);
                    }
                }
            }

            // Incoming arrows from other pages: one connector at the top per target row.
            foreach (var row in pages[p])
            {
                var fromElsewhere = Enumerable.Range(0, steps.Count)
                    .Any(s => pageOf[s] != p && flowchart.Exits(s).Any(e => flowchart.IndexOf(e.Target) == row));
                if (fromElsewhere)
                {
                    var connector = page.Connector(bottom: false, page.Lane[steps[row].Id], row);
                    page.Route(connector.Owner, PageBuilder.TopBand, steps[row].Id, row, side: false, label: null);
                }
            }

            var height = (split ? page.TableBottom + BandHeight : page.TableBottom + Margin) + Margin;
            if (split)
            {
                height = Math.Max(height, fullHeight);
            }

            var svg = page.Svg(steps, pages[p], lanes, laneLines, title, p + 1, pages.Count, height);
            result.Add(new FlowchartPage(p + 1, width, height, pages[p], page.Symbols, page.Arrows, svg));
        }

        return result;
    }

    /// <summary>All pages stacked in one SVG document (for the flowchart.svg address and the live preview).</summary>
    public static string RenderDocument(Flowchart flowchart, string title)
    {
        var pages = Render(flowchart, title);
        var width = pages.Count == 0 ? 400 : pages[0].Width;
        var height = pages.Sum(p => p.Height + 8);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"{N(width)}\" height=\"{N(height)}\" role=\"img\" aria-label=\"{Esc(title)}\">");
        double y = 0;
        foreach (var page in pages)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate(0 {N(y)})\">").Append(Inner(page.Svg)).Append("</g>");
            y += page.Height + 8;
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Inner(string svg)
    {
        var start = svg.IndexOf('>') + 1;
        var end = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        return svg[start..end];
    }

    private static double RowHeight(FlowStep step)
    {
        var lines = new[]
        {
            Wrap(step.Kegiatan, KegiatanWidth).Count,
            Wrap(step.Persyaratan, PersyaratanWidth).Count,
            Wrap(step.Waktu, WaktuWidth).Count,
            Wrap(step.Output, OutputWidth).Count,
            Wrap(step.Keterangan, KeteranganWidth).Count,
        }.Max();
        return Math.Max(MinRowHeight, (lines * LineHeight) + 16);
    }

    private static Box SymbolBox(StepKind kind, double laneLeft, double rowTop, double rowHeight)
    {
        var (w, h) = kind switch
        {
            StepKind.Keputusan => (60.0, 40.0),
            StepKind.Kegiatan => (80.0, 32.0),
            _ => (80.0, 28.0),
        };
        return new Box(laneLeft + ((LaneWidth - w) / 2), rowTop + ((rowHeight - h) / 2), w, h);
    }

    internal static List<string> Wrap(string? text, double columnWidth)
    {
        var max = Math.Max(6, (int)((columnWidth - 10) / 5.6));
        var lines = new List<string>();
        foreach (var paragraph in (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var piece = word;
                while (piece.Length > max)
                {
                    if (line.Length > 0)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }

                    lines.Add(piece[..max]);
                    piece = piece[max..];
                }

                if (line.Length > 0 && line.Length + 1 + piece.Length > max)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                line.Append(piece);
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
            }
        }

        return lines;
    }

    internal static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    internal static string Esc(string? text) => WebUtility.HtmlEncode(text ?? "");

    private sealed class PageBuilder(double width, double headerHeight, int laneCount, bool split)
    {
        public const int TopBand = -1;
        public const int BottomBand = -2;

        private readonly Dictionary<string, PlacedSymbol> _byOwner = [];
        private readonly Dictionary<string, int> _rowOf = [];
        private readonly Dictionary<(bool Bottom, int Lane), int> _slots = [];
        private int _arrowCount;

        public Dictionary<int, double> RowTop { get; } = [];

        public Dictionary<int, double> RowHeight { get; } = [];

        public Dictionary<string, int> Lane { get; } = [];

        public List<PlacedSymbol> Symbols { get; } = [];

        public List<PlacedArrow> Arrows { get; } = [];

        public double TableBottom { get; set; }

        public double BandTop { get; set; }

        public double LaneLeft(int lane) => NoWidth + KegiatanWidth + (lane * LaneWidth);

        public void Add(PlacedSymbol symbol, int row)
        {
            Symbols.Add(symbol);
            _byOwner[symbol.Owner] = symbol;
            _rowOf[symbol.Owner] = row;
        }

        /// <summary>The off-page connector for <paramref name="targetRow"/> in a lane's band slot (shared by arrows to the same row).</summary>
        public PlacedSymbol Connector(bool bottom, int lane, int targetRow)
        {
            var owner = $"konektor:{(bottom ? "bawah" : "atas")}:{lane}:{targetRow}";
            if (_byOwner.TryGetValue(owner, out var existing))
            {
                return existing;
            }

            var slot = _slots.GetValueOrDefault((bottom, lane));
            _slots[(bottom, lane)] = slot + 1;
            var x = LaneLeft(lane) + 18 + ((slot % SlotsPerLane) * 26);
            var bandTop = bottom ? BandTop : Margin + headerHeight;
            var symbol = new PlacedSymbol(owner, SymbolKind.Konektor, new Box(x, bandTop + 12, 24, 24), (targetRow + 1).ToString(CultureInfo.InvariantCulture));
            Add(symbol, bottom ? BottomBand : TopBand);
            return symbol;
        }

        private double Top(int row) => row switch
        {
            TopBand => Margin + headerHeight,
            BottomBand => BandTop,
            _ => RowTop[row],
        };

        private double Bottom(int row) => row switch
        {
            TopBand => Margin + headerHeight + BandHeight,
            BottomBand => BandTop + BandHeight,
            _ => RowTop[row] + RowHeight[row],
        };

        /// <summary>
        /// Routes an arrow. Next row: down into the gap above the target, across, down into it. Further down: straight
        /// down the source's column (or across in the gap under the source and straight down the target's column) when
        /// no symbol is in the way; otherwise along the target lane's left margin. Horizontal runs stay in the gap under
        /// the source or in the gap above the target's row, never in the space just above another symbol, where they
        /// would look like arrows into it.
        /// </summary>
        public void Route(string from, int fromRow, string to, int toRow, bool side, string? label)
        {
            var k = _arrowCount++ % 5;
            var d = 2 + (k * 2);
            var source = _byOwner[from].Box;
            var target = _byOwner[to].Box;
            var targetLane = to.StartsWith("konektor:", StringComparison.Ordinal) ? int.Parse(to.Split(':')[2], CultureInfo.InvariantCulture) : Lane[to];
            var sourceLane = from.StartsWith("konektor:", StringComparison.Ordinal) ? int.Parse(from.Split(':')[2], CultureInfo.InvariantCulture) : Lane[from];
            var below = Bottom(fromRow) + d;
            var depart = Bottom(fromRow) - d;
            var above = Top(toRow) - d;
            var gutter = LaneLeft(targetLane) + 3 + (k * 2);
            var sideGutter = LaneLeft(sourceLane) + LaneWidth - 3 - (k * 2);
            var start = new List<(double X, double Y)>();
            if (side)
            {
                start.Add((source.Right, source.CenterY));
                start.Add((sideGutter, source.CenterY));
            }
            else
            {
                start.Add((source.CenterX, source.Bottom));
            }

            var exitX = side ? sideGutter : source.CenterX;
            var end = (target.CenterX, target.Y);
            if (Math.Abs(Top(toRow) - Bottom(fromRow)) < 0.01)
            {
                Emit([.. start, (exitX, below), (target.CenterX, below), end]);
                return;
            }

            var candidates = new List<List<(double X, double Y)>>();
            if (Top(toRow) > Bottom(fromRow))
            {
                var down = new List<(double X, double Y)> { (exitX, above), (target.CenterX, above), end };
                var across = new List<(double X, double Y)> { (exitX, depart), (target.CenterX, depart), end };
                if (side)
                {
                    candidates.Add([.. start, .. across]);
                    candidates.Add([.. start, .. down]);
                }
                else
                {
                    candidates.Add([.. start, .. down]);
                    candidates.Add([.. start, .. across]);
                }
            }

            candidates.Add([.. start, (exitX, depart), (gutter, depart), (gutter, above), (target.CenterX, above), end]);
            foreach (var candidate in candidates)
            {
                if (IsClear(candidate, from, to))
                {
                    Emit(candidate);
                    return;
                }
            }

            // The margins of each lane are always free of symbols; as before, cross in the gap below the source row.
            Emit([.. start, (exitX, below), (gutter, below), (gutter, above), (target.CenterX, above), end]);

            void Emit(List<(double X, double Y)> points) => Arrows.Add(new PlacedArrow(from, to, Simplify(points), label));
        }

        /// <summary>Whether no segment of the polyline touches a symbol other than its own two ends.</summary>
        private bool IsClear(List<(double X, double Y)> points, string from, string to)
        {
            for (var i = 1; i < points.Count; i++)
            {
                foreach (var symbol in Symbols)
                {
                    if (symbol.Owner != from && symbol.Owner != to && symbol.Box.Touches(points[i - 1], points[i]))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static List<(double X, double Y)> Simplify(List<(double X, double Y)> points)
        {
            var result = new List<(double X, double Y)>();
            foreach (var point in points)
            {
                if (result.Count > 0 && Math.Abs(result[^1].X - point.X) < 0.01 && Math.Abs(result[^1].Y - point.Y) < 0.01)
                {
                    continue;
                }

                if (result.Count >= 2)
                {
                    var a = result[^2];
                    var b = result[^1];
                    var collinear = (Math.Abs(a.X - b.X) < 0.01 && Math.Abs(b.X - point.X) < 0.01) || (Math.Abs(a.Y - b.Y) < 0.01 && Math.Abs(b.Y - point.Y) < 0.01);
                    if (collinear)
                    {
                        result[^1] = point;
                        continue;
                    }
                }

                result.Add(point);
            }

            return result;
        }

        public string Svg(List<FlowStep> steps, List<int> rows, List<string> lanes, List<List<string>> laneLines, string title, int number, int count, double height)
        {
            var svg = new StringBuilder();
            var id = $"sop-panah-{number}";
            svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sop-diagram\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"{N(width)}\" height=\"{N(height)}\" role=\"img\" aria-label=\"{Esc(title)} — halaman {number} dari {count}\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"10\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Esc(title)} — halaman {number} dari {count}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<defs><marker id=\"{id}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#111\"/></marker></defs>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"#fff\"/>");

            // Header: No | Kegiatan | Pelaksana (lanes) | Mutu Baku (3) | Keterangan.
            var top = Margin;
            var mid = Margin + HeaderTop;
            var headerBottom = Margin + headerHeight;
            var lanesLeft = NoWidth + KegiatanWidth;
            var lanesRight = lanesLeft + (laneCount * LaneWidth);
            var mutuRight = lanesRight + PersyaratanWidth + WaktuWidth + OutputWidth;
            Cell(svg, 0, top, NoWidth, headerHeight, "No", bold: true);
            Cell(svg, NoWidth, top, KegiatanWidth, headerHeight, "Kegiatan", bold: true);
            Cell(svg, lanesLeft, top, lanesRight - lanesLeft, HeaderTop, "Pelaksana", bold: true);
            Cell(svg, lanesRight, top, mutuRight - lanesRight, HeaderTop, "Mutu Baku", bold: true);
            Cell(svg, mutuRight, top, KeteranganWidth, headerHeight, "Keterangan", bold: true);
            for (var lane = 0; lane < laneCount; lane++)
            {
                CellLines(svg, LaneLeft(lane), mid, LaneWidth, headerHeight - HeaderTop, laneLines[lane], bold: true, center: true);
            }

            Cell(svg, lanesRight, mid, PersyaratanWidth, headerHeight - HeaderTop, "Persyaratan/ Kelengkapan", bold: true);
            Cell(svg, lanesRight + PersyaratanWidth, mid, WaktuWidth, headerHeight - HeaderTop, "Waktu", bold: true);
            Cell(svg, lanesRight + PersyaratanWidth + WaktuWidth, mid, OutputWidth, headerHeight - HeaderTop, "Output", bold: true);

            if (split)
            {
                Line(svg, 0, headerBottom + BandHeight, width, headerBottom + BandHeight);
                Frame(svg, 0, headerBottom, width, BandHeight);
                Frame(svg, 0, TableBottom, width, BandHeight);
            }

            foreach (var row in rows)
            {
                var step = steps[row];
                var y = RowTop[row];
                var h = RowHeight[row];
                Cell(svg, 0, y, NoWidth, h, (row + 1).ToString(CultureInfo.InvariantCulture), bold: false);
                CellLines(svg, NoWidth, y, KegiatanWidth, h, Wrap(step.Kegiatan, KegiatanWidth), bold: false, center: false);
                for (var lane = 0; lane < laneCount; lane++)
                {
                    Frame(svg, LaneLeft(lane), y, LaneWidth, h);
                }

                var x = lanesRight;
                CellLines(svg, x, y, PersyaratanWidth, h, Wrap(step.Persyaratan, PersyaratanWidth), bold: false, center: false);
                CellLines(svg, x += PersyaratanWidth, y, WaktuWidth, h, Wrap(step.Waktu, WaktuWidth), bold: false, center: true);
                CellLines(svg, x += WaktuWidth, y, OutputWidth, h, Wrap(step.Output, OutputWidth), bold: false, center: false);
                CellLines(svg, mutuRight, y, KeteranganWidth, h, Wrap(step.Keterangan, KeteranganWidth), bold: false, center: false);
            }

            foreach (var symbol in Symbols)
            {
                var b = symbol.Box;
                switch (symbol.Kind)
                {
                    case SymbolKind.Terminator:
                        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"sop-terminator\" x=\"{N(b.X)}\" y=\"{N(b.Y)}\" width=\"{N(b.W)}\" height=\"{N(b.H)}\" rx=\"{N(b.H / 2)}\" fill=\"#fff\" stroke=\"#111\" stroke-width=\"1.2\"/>");
                        break;
                    case SymbolKind.Proses:
                        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"sop-proses\" x=\"{N(b.X)}\" y=\"{N(b.Y)}\" width=\"{N(b.W)}\" height=\"{N(b.H)}\" fill=\"#fff\" stroke=\"#111\" stroke-width=\"1.2\"/>");
                        break;
                    case SymbolKind.Keputusan:
                        svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"sop-keputusan\" points=\"{N(b.CenterX)},{N(b.Y)} {N(b.Right)},{N(b.CenterY)} {N(b.CenterX)},{N(b.Bottom)} {N(b.X)},{N(b.CenterY)}\" fill=\"#fff\" stroke=\"#111\" stroke-width=\"1.2\"/>");
                        break;
                    case SymbolKind.Konektor:
                        svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"sop-konektor\" points=\"{N(b.X)},{N(b.Y)} {N(b.Right)},{N(b.Y)} {N(b.Right)},{N(b.Y + (b.H * 0.6))} {N(b.CenterX)},{N(b.Bottom)} {N(b.X)},{N(b.Y + (b.H * 0.6))}\" fill=\"#fff\" stroke=\"#111\" stroke-width=\"1.2\"/>");
                        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(b.CenterX)}\" y=\"{N(b.Y + 12)}\" text-anchor=\"middle\" font-size=\"9\">{Esc(symbol.Label)}</text>");
                        break;
                }
            }

            foreach (var arrow in Arrows)
            {
                var points = string.Join(' ', arrow.Points.Select(p => $"{N(p.X)},{N(p.Y)}"));
                svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"sop-panah\" points=\"{points}\" fill=\"none\" stroke=\"#111\" stroke-width=\"1\" marker-end=\"url(#{id})\"/>");
                if (arrow.Label is { } label && arrow.Points.Count > 1)
                {
                    var (x, y) = arrow.Points[0];
                    var (lx, ly) = label == "Tidak" ? (x + 3, y - 3) : (x + 3, y + 9);
                    svg.Append(CultureInfo.InvariantCulture, $"<text class=\"sop-label\" x=\"{N(lx)}\" y=\"{N(ly)}\" font-size=\"8\" font-style=\"italic\">{Esc(label)}</text>");
                }
            }

            return svg.Append("</svg>").ToString();
        }

        private static void Frame(StringBuilder svg, double x, double y, double w, double h) =>
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(w)}\" height=\"{N(h)}\" fill=\"none\" stroke=\"#555\" stroke-width=\"0.6\"/>");

        private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2) =>
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"#555\" stroke-width=\"0.6\"/>");

        private static void Cell(StringBuilder svg, double x, double y, double w, double h, string text, bool bold) =>
            CellLines(svg, x, y, w, h, Wrap(text, w), bold, center: true);

        private static void CellLines(StringBuilder svg, double x, double y, double w, double h, List<string> lines, bool bold, bool center)
        {
            Frame(svg, x, y, w, h);
            if (lines.Count == 0)
            {
                return;
            }

            var startY = y + ((h - (lines.Count * LineHeight)) / 2) + 9;
            var anchor = center ? "middle" : "start";
            var tx = center ? x + (w / 2) : x + 5;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(tx)}\" y=\"{N(startY)}\" text-anchor=\"{anchor}\"{(bold ? " font-weight=\"bold\"" : "")}>");
            for (var i = 0; i < lines.Count; i++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{N(tx)}\" dy=\"{(i == 0 ? "0" : N(LineHeight))}\">{Esc(lines[i])}</tspan>");
            }

            svg.Append("</text>");
        }
    }
}
