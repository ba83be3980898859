using Bkn.Cms.Security;
using Bkn.Cms.Sop.Models;

namespace Bkn.Cms.Sop.Services;

/// <summary>What a person can do to an SOP version.</summary>
public enum SopAction
{
    Ajukan,
    Kembalikan,
    Validasi,
    Sahkan,
    Berlakukan,
    Cabut,
}

/// <summary>A lifecycle move: the status it starts from, where it ends and the permission it needs in the SOP's unit.</summary>
public sealed record SopTransition(SopAction Action, SopStatus From, SopStatus To, Permission Permission, string Label);

/// <summary>
/// The SOP lifecycle: Draf → Diajukan → (Perlu perbaikan → Diajukan)* → Divalidasi → Disahkan → Berlaku → Dicabut.
/// Authors submit, the evaluator returns with notes per row or validates, the unit head ratifies (recording Tanggal
/// Efektif), puts in force and revokes. This table is fixed in code: which moves exist, where each one starts and ends
/// and the permission it needs in the SOP's unit. When the workflow type "sop-siklus" is enabled it decides when an SOP
/// version waits for which action and who is told (see <see cref="SopWorkflow"/>); it can never make a move this table
/// does not have. Pure: the service applies it in one transaction with an event row.
/// </summary>
public static class SopLifecycle
{
    public static readonly IReadOnlyList<SopTransition> Transitions =
    [
        new(SopAction.Ajukan, SopStatus.Draf, SopStatus.Diajukan, Permissions.WriteSop, "Ajukan untuk validasi"),
        new(SopAction.Ajukan, SopStatus.PerluPerbaikan, SopStatus.Diajukan, Permissions.WriteSop, "Ajukan kembali"),
        new(SopAction.Kembalikan, SopStatus.Diajukan, SopStatus.PerluPerbaikan, Permissions.EvaluateSop, "Kembalikan untuk perbaikan"),
        new(SopAction.Validasi, SopStatus.Diajukan, SopStatus.Divalidasi, Permissions.EvaluateSop, "Nyatakan valid"),
        new(SopAction.Sahkan, SopStatus.Divalidasi, SopStatus.Disahkan, Permissions.RatifySop, "Sahkan"),
        new(SopAction.Berlakukan, SopStatus.Disahkan, SopStatus.Berlaku, Permissions.RatifySop, "Berlakukan"),
        new(SopAction.Cabut, SopStatus.Berlaku, SopStatus.Dicabut, Permissions.RatifySop, "Cabut"),
    ];

    /// <summary>The actions as workflow activities name them (lower case): ajukan, kembalikan, validasi, sahkan, berlakukan, cabut.</summary>
    public static readonly IReadOnlyList<string> ActionSlugs = [.. Enum.GetValues<SopAction>().Select(Slug)];

    public static string Slug(SopAction action) => action.ToString().ToLowerInvariant();

    public static SopAction? ParseAction(string? slug) =>
        Enum.GetValues<SopAction>().Select(a => (SopAction?)a).FirstOrDefault(a => string.Equals(Slug(a!.Value), slug?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>What a person reads for an action ("Nyatakan valid"…).</summary>
    public static string Label(SopAction action) => action switch
    {
        SopAction.Ajukan => "Ajukan",
        SopAction.Kembalikan => "Kembalikan untuk perbaikan",
        SopAction.Validasi => "Nyatakan valid",
        SopAction.Sahkan => "Sahkan",
        SopAction.Berlakukan => "Berlakukan",
        _ => "Cabut",
    };

    /// <summary>True when the table has a move from <paramref name="from"/> to <paramref name="to"/> (by <paramref name="action"/> when given).</summary>
    public static bool Allows(SopStatus from, SopStatus to, SopAction? action = null) =>
        Transitions.Any(t => t.From == from && t.To == to && (action is null || t.Action == action));

    public static SopTransition? Find(SopStatus from, SopAction action) =>
        Transitions.FirstOrDefault(t => t.From == from && t.Action == action);

    public static IEnumerable<SopTransition> From(SopStatus status) => Transitions.Where(t => t.From == status);

    /// <summary>Only drafts and versions sent back can be edited.</summary>
    public static bool IsEditable(SopStatus status) => status is SopStatus.Draf or SopStatus.PerluPerbaikan;

    /// <summary>Ratified versions in force can be revised (a new version; this one stays in force meanwhile).</summary>
    public static bool CanRevise(SopStatus status) => status is SopStatus.Berlaku or SopStatus.Disahkan;
}
