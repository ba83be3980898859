using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Bkn.Cms.Sapk.Services;

/// <summary>
/// Server-rendered SVG charts: no script, readable in print (patterns of solid fill and outline, labels as text), each
/// titled for screen readers; every chart is shown beside a table with the same numbers.
/// </summary>
public static class SapkCharts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public sealed record Series(string Name, string CssClass, IReadOnlyList<double> Values);

    /// <summary>Horizontal bars: one row per category, one bar per series.</summary>
    public static IHtmlContent Bars(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series)
    {
        const int labelWidth = 190, width = 640, barHeight = 14, gap = 10;
        var rowHeight = series.Count * barHeight + gap;
        var height = categories.Count * rowHeight + 30;
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"sapk-chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-t\"><title id=\"{id}-t\">{E(title)}</title>");
        for (var c = 0; c < categories.Count; c++)
        {
            var y = c * rowHeight + 4;
            sb.Append($"<text x=\"0\" y=\"{y + rowHeight / 2}\" class=\"sapk-label\">{E(categories[c])}</text>");
            for (var s = 0; s < series.Count; s++)
            {
                var v = c < series[s].Values.Count ? series[s].Values[c] : 0;
                var w = (width - labelWidth - 70) * v / max;
                var by = y + s * barHeight;
                sb.Append($"<rect x=\"{labelWidth}\" y=\"{by}\" width=\"{F(w)}\" height=\"{barHeight - 2}\" class=\"{series[s].CssClass}\"><title>{E(series[s].Name)}: {E(N(v))}</title></rect>");
                sb.Append($"<text x=\"{F(labelWidth + w + 4)}\" y=\"{by + barHeight - 4}\" class=\"sapk-value\">{E(N(v))}</text>");
            }
        }

        Legend(sb, series, height - 10);
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>A line per series over the periods (x axis labels every few points).</summary>
    public static IHtmlContent Trend(string id, string title, IReadOnlyList<string> labels, IReadOnlyList<Series> series)
    {
        const int width = 640, height = 240, left = 60, top = 10, plotHeight = 170;
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var step = labels.Count > 1 ? (width - left - 20.0) / (labels.Count - 1) : 0;
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"sapk-chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-t\"><title id=\"{id}-t\">{E(title)}</title>");
        sb.Append($"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{width - 10}\" y2=\"{top + plotHeight}\" class=\"sapk-axis\" />");
        sb.Append($"<text x=\"0\" y=\"{top + 10}\" class=\"sapk-value\">{E(N(max))}</text><text x=\"0\" y=\"{top + plotHeight}\" class=\"sapk-value\">0</text>");
        var every = Math.Max(1, (int)Math.Ceiling(labels.Count / 8.0));
        for (var i = 0; i < labels.Count; i++)
        {
            if (i % every == 0 || i == labels.Count - 1)
            {
                sb.Append($"<text x=\"{F(left + i * step)}\" y=\"{top + plotHeight + 16}\" class=\"sapk-value\" text-anchor=\"middle\">{E(labels[i])}</text>");
            }
        }

        foreach (var s in series)
        {
            var points = string.Join(' ', s.Values.Select((v, i) => $"{F(left + i * step)},{F(top + plotHeight - plotHeight * v / max)}"));
            sb.Append($"<polyline points=\"{points}\" class=\"sapk-line {s.CssClass}\" />");
            for (var i = 0; i < s.Values.Count; i++)
            {
                sb.Append($"<circle cx=\"{F(left + i * step)}\" cy=\"{F(top + plotHeight - plotHeight * s.Values[i] / max)}\" r=\"3.5\" class=\"{s.CssClass}\"><title>{E(s.Name)} {E(labels[i])}: {E(N(s.Values[i]))}</title></circle>");
            }
        }

        Legend(sb, series, height - 10);
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    private static void Legend(StringBuilder sb, IReadOnlyList<Series> series, int y)
    {
        for (var s = 0; s < series.Count; s++)
        {
            var x = 10 + s * 200;
            sb.Append($"<rect x=\"{x}\" y=\"{y - 10}\" width=\"12\" height=\"12\" class=\"{series[s].CssClass}\" /><text x=\"{x + 18}\" y=\"{y}\" class=\"sapk-label\">{E(series[s].Name)}</text>");
        }
    }

    public static string N(double value) => value == Math.Floor(value) ? value.ToString("N0", CultureInfo.GetCultureInfo("id-ID")) : value.ToString("N1", CultureInfo.GetCultureInfo("id-ID"));

    private static string F(double value) => value.ToString("0.#", Inv);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
