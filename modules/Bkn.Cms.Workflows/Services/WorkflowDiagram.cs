using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Bkn.Cms.Workflows.Services;

/// <summary>
/// Draws a definition as SVG on the server: activities in layers by their distance from a start event, transitions as
/// arrows labelled with their outcome. Events are rounded, tasks square; blocking and faulted activities are marked.
/// </summary>
public static class WorkflowDiagram
{
    private const int BoxWidth = 200;
    private const int BoxHeight = 54;
    private const int ColumnGap = 40;
    private const int RowGap = 70;
    private const int Margin = 20;

    public static string Render(WorkflowTypeDefinition definition, Func<string, (string Text, bool IsEvent)> describe, IReadOnlySet<string>? blocking = null, string? faulted = null)
    {
        var positions = Layout(definition);
        var width = positions.Count == 0 ? 300 : positions.Values.Max(p => p.X) + BoxWidth + Margin;
        var height = positions.Count == 0 ? 80 : positions.Values.Max(p => p.Y) + BoxHeight + Margin;
        var svg = new StringBuilder();
        var e = HtmlEncoder.Default;
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"workflow-diagram\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{e.Encode(definition.Name)}\">");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker></defs>");
        foreach (var transition in definition.Transitions)
        {
            if (!positions.TryGetValue(transition.Source, out var from) || !positions.TryGetValue(transition.Destination, out var to))
            {
                continue;
            }

            var (x1, y1) = (from.X + (BoxWidth / 2), from.Y + BoxHeight);
            var (x2, y2) = (to.X + (BoxWidth / 2), to.Y);
            if (to.Y <= from.Y)
            {
                // A transition back up (a loop) leaves from the right side and enters from the right side.
                (x1, y1) = (from.X + BoxWidth, from.Y + (BoxHeight / 2));
                (x2, y2) = (to.X + BoxWidth, to.Y + (BoxHeight / 2));
                var bend = Math.Max(x1, x2) + 30;
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M {x1} {y1} C {bend} {y1}, {bend} {y2}, {x2} {y2}\" fill=\"none\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{bend + 4}\" y=\"{(y1 + y2) / 2}\" font-size=\"11\" fill=\"#333\">{e.Encode(transition.Outcome)}</text>");
                continue;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{((x1 + x2) / 2) + 4}\" y=\"{((y1 + y2) / 2) + 4}\" font-size=\"11\" fill=\"#333\">{e.Encode(transition.Outcome)}</text>");
        }

        foreach (var activity in definition.Activities)
        {
            var p = positions[activity.Id];
            var (text, isEvent) = describe(activity.Name);
            var css = activity.Id == faulted ? "faulted" : blocking?.Contains(activity.Id) == true ? "blocking" : isEvent ? "event" : "task";
            var fill = css switch { "faulted" => "#fde2e1", "blocking" => "#fff4c2", "event" => "#e3effd", _ => "#f4f4f4" };
            var stroke = css switch { "faulted" => "#b3261e", "blocking" => "#8a6d00", _ => "#4a5a6a" };
            var radius = isEvent ? 22 : 4;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"activity {css}\"><rect x=\"{p.X}\" y=\"{p.Y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"{radius}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{(activity.IsStart ? 3 : 1.5)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{p.X + (BoxWidth / 2)}\" y=\"{p.Y + 22}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#111\">{e.Encode(Shorten(activity.Title ?? text, 28))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{p.X + (BoxWidth / 2)}\" y=\"{p.Y + 40}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#444\">{e.Encode(activity.Id)}{(activity.IsStart ? " ▶" : "")}</text></g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static Dictionary<string, (int X, int Y)> Layout(WorkflowTypeDefinition definition)
    {
        var level = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var start in definition.Activities.Where(a => a.IsStart))
        {
            level[start.Id] = 0;
            queue.Enqueue(start.Id);
        }

        while (queue.TryDequeue(out var id))
        {
            foreach (var next in definition.Transitions.Where(t => t.Source == id).Select(t => t.Destination))
            {
                if (!level.ContainsKey(next) && definition.Activities.Any(a => a.Id == next))
                {
                    level[next] = level[id] + 1;
                    queue.Enqueue(next);
                }
            }
        }

        // Activities not reachable from a start event go below the rest.
        var bottom = level.Count == 0 ? 0 : level.Values.Max() + 1;
        foreach (var activity in definition.Activities.Where(a => !level.ContainsKey(a.Id)))
        {
            level[activity.Id] = bottom;
        }

        var positions = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        foreach (var row in definition.Activities.GroupBy(a => level[a.Id]))
        {
            var column = 0;
            foreach (var activity in row)
            {
                positions[activity.Id] = (Margin + (column++ * (BoxWidth + ColumnGap)), Margin + (row.Key * (BoxHeight + RowGap)));
            }
        }

        return positions;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
