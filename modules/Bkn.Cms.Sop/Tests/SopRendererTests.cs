using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Recipes;
using Bkn.Cms.Sop.Services;

namespace Bkn.Cms.Tests.Modules.Sop;

/// <summary>The flowchart drawing: the regulation's table, only the five symbols, arrows that never cross a symbol, A4 pages with off-page connectors.</summary>
public sealed class SopRendererTests
{
    /// <summary>A long procedure with 8 executors, decisions going forward and back, over several pages.</summary>
    internal static Flowchart Long(int activities, int lanes)
    {
        var random = new Random(7);
        var flowchart = new Flowchart();
        flowchart.Steps.Add(new FlowStep { Id = "s0", Kind = StepKind.Mulai, Kegiatan = "Menerima usul", Pelaksana = "Pelaksana 0" });
        for (var i = 1; i <= activities; i++)
        {
            var decision = i % 6 == 0;
            flowchart.Steps.Add(new FlowStep
            {
                Id = "s" + i,
                Kind = decision ? StepKind.Keputusan : StepKind.Kegiatan,
                Kegiatan = decision ? "Apakah berkas lengkap dan memenuhi syarat?" : "Memeriksa berkas usul dan menyusun catatan hasil pemeriksaan",
                Pelaksana = "Pelaksana " + random.Next(lanes),
                Persyaratan = "Surat pengantar, SK terakhir",
                Waktu = "1 hari",
                Output = "Hasil",
                Yes = decision ? (i == activities ? "end" : "s" + (i + 1)) : null,
                No = decision ? "s" + Math.Max(1, i - 1 - random.Next(Math.Min(i - 1, 25))) : null,
            });
        }

        flowchart.Steps.Add(new FlowStep { Id = "end", Kind = StepKind.Selesai, Kegiatan = "Mengarsipkan", Pelaksana = "Pelaksana 1" });
        return flowchart;
    }

    private static void AssertNoArrowCrossesASymbol(IReadOnlyList<FlowchartPage> pages)
    {
        foreach (var page in pages)
        {
            Assert.NotEmpty(page.Arrows);
            foreach (var arrow in page.Arrows)
            {
                for (var i = 1; i < arrow.Points.Count; i++)
                {
                    var (a, b) = (arrow.Points[i - 1], arrow.Points[i]);
                    Assert.True(a.X == b.X || a.Y == b.Y, "arrows run horizontally and vertically only");
                    foreach (var symbol in page.Symbols.Where(s => s.Owner != arrow.From && s.Owner != arrow.To))
                    {
                        Assert.False(symbol.Box.Touches(a, b), $"Page {page.Number}: arrow {arrow.From}→{arrow.To} segment ({a.X},{a.Y})-({b.X},{b.Y}) crosses symbol {symbol.Owner} at {symbol.Box}");
                    }
                }

                // The arrow ends on the top edge of its target (where the arrowhead points down into it).
                var target = page.Symbols.Single(s => s.Owner == arrow.To).Box;
                Assert.Equal(target.CenterX, arrow.Points[^1].X, 3);
                Assert.Equal(target.Y, arrow.Points[^1].Y, 3);
            }
        }
    }

    /// <summary>
    /// The SOP the E2E journey builds: start, check, a decision whose "ya" goes to an approval in another lane and whose
    /// "tidak" goes two rows down to a return, and the approval that goes straight to the end past the return row.
    /// </summary>
    internal static Flowchart Journey(string checker) => new()
    {
        Steps =
        [
            new FlowStep { Id = "a", Kind = StepKind.Mulai, Kegiatan = "Menerima usul kenaikan pangkat", Pelaksana = "Pengadministrasi Kepegawaian", Waktu = "15 menit" },
            new FlowStep { Id = "b", Kind = StepKind.Kegiatan, Kegiatan = "Memverifikasi kelengkapan berkas usul", Pelaksana = checker, Waktu = "1 jam" },
            new FlowStep { Id = "c", Kind = StepKind.Keputusan, Kegiatan = "Apakah berkas lengkap?", Pelaksana = "Verifikator Kenaikan Pangkat", Yes = "d", No = "e" },
            new FlowStep { Id = "d", Kind = StepKind.Kegiatan, Kegiatan = "Menetapkan pertimbangan teknis", Pelaksana = "Direktur Pengadaan dan Kepangkatan", Waktu = "1 hari", Next = "f" },
            new FlowStep { Id = "e", Kind = StepKind.Kegiatan, Kegiatan = "Mengembalikan berkas kepada pengusul", Pelaksana = "Pengadministrasi Kepegawaian", Waktu = "30 menit" },
            new FlowStep { Id = "f", Kind = StepKind.Selesai, Kegiatan = "Mengarsipkan dokumen", Pelaksana = "Pengadministrasi Kepegawaian", Waktu = "10 menit" },
        ],
    };

    /// <summary>
    /// No arrow runs through the space just above a symbol that is not its target (12 units, the smallest gap between a
    /// row's top and its symbol): there it reads as an arrow into that symbol.
    /// </summary>
    private static void AssertNoArrowRunsIntoAnotherSymbol(IReadOnlyList<FlowchartPage> pages)
    {
        foreach (var page in pages)
        {
            foreach (var arrow in page.Arrows)
            {
                foreach (var symbol in page.Symbols.Where(s => s.Owner != arrow.From && s.Owner != arrow.To && s.Kind != SymbolKind.Konektor))
                {
                    var approach = new Box(symbol.Box.X, symbol.Box.Y - 12, symbol.Box.W, 12);
                    for (var i = 1; i < arrow.Points.Count; i++)
                    {
                        var (a, b) = (arrow.Points[i - 1], arrow.Points[i]);
                        Assert.False(approach.Touches(a, b), $"Page {page.Number}: arrow {arrow.From}→{arrow.To} segment ({a.X},{a.Y})-({b.X},{b.Y}) runs into {symbol.Owner} from above");
                    }
                }
            }
        }
    }

    /// <summary>Arrows of different sources and targets never cross each other.</summary>
    private static void AssertArrowsDoNotCross(FlowchartPage page)
    {
        static IEnumerable<((double X, double Y) A, (double X, double Y) B)> Segments(PlacedArrow arrow) =>
            arrow.Points.Zip(arrow.Points.Skip(1), (a, b) => (a, b));

        foreach (var p in page.Arrows)
        {
            foreach (var q in page.Arrows.Where(q => q.From != p.From && q.To != p.To))
            {
                foreach (var (a, b) in Segments(p).Where(s => s.A.Y == s.B.Y))
                {
                    foreach (var (c, e) in Segments(q).Where(s => s.A.X == s.B.X))
                    {
                        var crosses = c.X > Math.Min(a.X, b.X) && c.X < Math.Max(a.X, b.X) && a.Y > Math.Min(c.Y, e.Y) && a.Y < Math.Max(c.Y, e.Y);
                        Assert.False(crosses, $"arrow {p.From}→{p.To} crosses arrow {q.From}→{q.To} at ({c.X},{a.Y})");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("Kepala Seksi Kepangkatan Instansi Pusat")]
    [InlineData("Verifikator Kenaikan Pangkat")]
    public void The_journeys_sop_routes_the_approval_past_the_return_row_without_touching_it(string checker)
    {
        var page = Assert.Single(SopFlowchartRenderer.Render(Journey(checker), "Pertimbangan teknis kenaikan pangkat"));

        AssertNoArrowCrossesASymbol([page]);
        AssertNoArrowRunsIntoAnotherSymbol([page]);
        AssertArrowsDoNotCross(page);

        // The approval (d) reaches the end (f) from above, coming down beside the return row (e), never above its box.
        var approval = page.Arrows.Single(a => a.From == "d" && a.To == "f");
        var returned = page.Symbols.Single(s => s.Owner == "e").Box;
        Assert.DoesNotContain(approval.Points, p => p.Y <= returned.Y && p.X >= returned.X && p.X <= returned.Right && p != approval.Points[^1]);
    }

    [Fact]
    public void No_arrow_runs_into_a_symbol_it_does_not_lead_to_in_the_sample_procedures()
    {
        foreach (var sample in SopSamples.All)
        {
            AssertNoArrowRunsIntoAnotherSymbol(SopFlowchartRenderer.Render(sample.Flowchart(), sample.Nama));
        }
    }

    [Fact]
    public void A_short_sop_is_one_page_in_the_regulations_table_with_one_lane_per_executor()
    {
        var flowchart = SopRulesTests.Valid();

        var page = Assert.Single(SopFlowchartRenderer.Render(flowchart, "Verifikasi"));

        foreach (var header in new[] { ">No<", ">Kegiatan<", ">Pelaksana<", ">Mutu Baku<", "Persyaratan/", ">Waktu<", ">Output<", ">Keterangan<", ">Analis<", ">Kepegawaian<", ">Kepala Seksi<", ">Direktur<" })
        {
            Assert.Contains(header, page.Svg, StringComparison.Ordinal);
        }

        Assert.Equal(3, page.Symbols.Count(s => s.Kind == SymbolKind.Terminator));
        Assert.Single(page.Symbols, s => s.Kind == SymbolKind.Keputusan);
        Assert.Single(page.Symbols, s => s.Kind == SymbolKind.Proses);
        Assert.DoesNotContain(page.Symbols, s => s.Kind == SymbolKind.Konektor);
        Assert.Equal(4, page.Arrows.Count);
        Assert.Contains(page.Arrows, a => a.Label == "Ya" && a.To == "d");
        Assert.Contains(page.Arrows, a => a.Label == "Tidak" && a.To == "c");
        AssertNoArrowCrossesASymbol([page]);
    }

    [Fact]
    public void Only_the_five_symbols_are_drawn()
    {
        var pages = SopFlowchartRenderer.Render(Long(60, 8));

        foreach (var page in pages)
        {
            var svg = page.Svg;
            Assert.DoesNotContain("<circle", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("<ellipse", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("<path d=\"M", svg.Replace("<path d=\"M0,0 L10,5 L0,10 z\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
            var shapes = System.Text.RegularExpressions.Regex.Matches(svg, "class=\"sop-(\\w+)\"").Select(m => m.Groups[1].Value).Distinct().ToHashSet();
            Assert.Subset(new HashSet<string> { "terminator", "proses", "keputusan", "konektor", "panah", "label", "diagram" }, shapes);
        }
    }

    [Fact]
    public void No_arrow_crosses_a_symbol_in_a_long_branching_sop()
    {
        AssertNoArrowCrossesASymbol(SopFlowchartRenderer.Render(Long(60, 8)));
    }

    [Fact]
    public void No_arrow_crosses_a_symbol_in_the_sample_procedures()
    {
        foreach (var sample in SopSamples.All)
        {
            AssertNoArrowCrossesASymbol(SopFlowchartRenderer.Render(sample.Flowchart(), sample.Nama));
        }
    }

    [Fact]
    public void A_long_sop_is_split_over_a4_pages_joined_by_off_page_connectors()
    {
        var flowchart = Long(60, 8);

        var pages = SopFlowchartRenderer.Render(flowchart);

        Assert.True(pages.Count > 1);
        Assert.Equal(flowchart.Steps.Count, pages.Sum(p => p.Rows.Count));
        foreach (var page in pages)
        {
            Assert.Equal(297.0 / 210.0, page.Height / page.Width, 2);
        }

        // Every arrow to a row on another page ends in a connector at the bottom of its page, labelled with the target
        // row, and the target's page has a connector with that label at the top that leads to the row.
        var pageOfRow = pages.SelectMany(p => p.Rows.Select(r => (Row: r, Page: p))).ToDictionary(x => x.Row, x => x.Page);
        var crossings = 0;
        for (var row = 0; row < flowchart.Steps.Count; row++)
        {
            foreach (var (target, _) in flowchart.Exits(row))
            {
                var t = flowchart.IndexOf(target);
                if (pageOfRow[row] == pageOfRow[t])
                {
                    Assert.Contains(pageOfRow[row].Arrows, a => a.From == flowchart.Steps[row].Id && a.To == target);
                    continue;
                }

                crossings++;
                var label = (t + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var outgoing = pageOfRow[row].Arrows.Single(a => a.From == flowchart.Steps[row].Id && a.To.StartsWith("konektor:bawah", StringComparison.Ordinal) && pageOfRow[row].Symbols.Single(s => s.Owner == a.To).Label == label);
                Assert.Equal(SymbolKind.Konektor, pageOfRow[row].Symbols.Single(s => s.Owner == outgoing.To).Kind);
                var incoming = pageOfRow[t].Symbols.Single(s => s.Kind == SymbolKind.Konektor && s.Owner.StartsWith("konektor:atas", StringComparison.Ordinal) && s.Label == label);
                Assert.Contains(pageOfRow[t].Arrows, a => a.From == incoming.Owner && a.To == target);
            }
        }

        Assert.True(crossings > 0);
    }

    [Fact]
    public void Text_is_escaped()
    {
        var flowchart = SopRulesTests.Valid();
        flowchart.Steps[3].Kegiatan = "Menandatangani <script>alert(1)</script>";

        var svg = SopFlowchartRenderer.RenderDocument(flowchart, "A & B");

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("A &amp; B", svg, StringComparison.Ordinal);
    }
}
