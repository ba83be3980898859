using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bkn.Cms.Sop.Models;

/// <summary>The symbol a row of the flowchart is drawn with.</summary>
public enum StepKind
{
    /// <summary>Terminator (capsule) that opens the procedure.</summary>
    Mulai,

    /// <summary>Process (rectangle).</summary>
    Kegiatan,

    /// <summary>Decision (diamond) with a "ya" and a "tidak" exit.</summary>
    Keputusan,

    /// <summary>Terminator (capsule) that closes a path.</summary>
    Selesai,
}

/// <summary>
/// One row of the SOP flowchart: the activity (Kegiatan, an active verb without subject), its executor (Pelaksana, a
/// job title of the unit), the Mutu Baku columns and Keterangan. A process or start row continues with
/// <see cref="Next"/> (empty: the following row); a decision goes to <see cref="Yes"/> or <see cref="No"/>.
/// </summary>
public sealed class FlowStep
{
    /// <summary>Stable id within the flowchart (kept when rows are reordered), referenced by the exits.</summary>
    public string Id { get; set; } = "";

    public StepKind Kind { get; set; } = StepKind.Kegiatan;

    public string Kegiatan { get; set; } = "";

    public string Pelaksana { get; set; } = "";

    public string Persyaratan { get; set; } = "";

    public string Waktu { get; set; } = "";

    public string Output { get; set; } = "";

    public string Keterangan { get; set; } = "";

    /// <summary>Next row's id for Mulai/Kegiatan; empty means the row below.</summary>
    public string? Next { get; set; }

    /// <summary>Decision: the row reached when the answer is "ya".</summary>
    public string? Yes { get; set; }

    /// <summary>Decision: the row reached when the answer is "tidak".</summary>
    public string? No { get; set; }
}

/// <summary>The flowchart part: ordered rows; serialised as JSON in the SOP row.</summary>
public sealed class Flowchart
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public List<FlowStep> Steps { get; set; } = [];

    public static Flowchart Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Flowchart();
        }

        try
        {
            return JsonSerializer.Deserialize<Flowchart>(json, Json) ?? new Flowchart();
        }
        catch (JsonException)
        {
            return new Flowchart();
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The exits of the row at <paramref name="index"/>: (target id, label) pairs; unresolved targets are kept as given.</summary>
    public IEnumerable<(string? Target, string? Label)> Exits(int index)
    {
        var step = Steps[index];
        switch (step.Kind)
        {
            case StepKind.Selesai:
                yield break;
            case StepKind.Keputusan:
                yield return (Blank(step.Yes), "Ya");
                yield return (Blank(step.No), "Tidak");
                break;
            default:
                yield return (Blank(step.Next) ?? (index + 1 < Steps.Count ? Steps[index + 1].Id : null), null);
                break;
        }
    }

    public int IndexOf(string? id) => id is null ? -1 : Steps.FindIndex(s => s.Id == id);

    /// <summary>The executors in the order they first appear: the swimlane columns.</summary>
    public IReadOnlyList<string> Lanes() =>
        Steps.Select(s => s.Pelaksana.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
