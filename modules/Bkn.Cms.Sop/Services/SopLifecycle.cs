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
/// Efektif), puts in force and revokes. Pure: the service applies it in one transaction with an event row.
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

    public static SopTransition? Find(SopStatus from, SopAction action) =>
        Transitions.FirstOrDefault(t => t.From == from && t.Action == action);

    public static IEnumerable<SopTransition> From(SopStatus status) => Transitions.Where(t => t.From == status);

    /// <summary>Only drafts and versions sent back can be edited.</summary>
    public static bool IsEditable(SopStatus status) => status is SopStatus.Draf or SopStatus.PerluPerbaikan;

    /// <summary>Ratified versions in force can be revised (a new version; this one stays in force meanwhile).</summary>
    public static bool CanRevise(SopStatus status) => status is SopStatus.Berlaku or SopStatus.Disahkan;
}
