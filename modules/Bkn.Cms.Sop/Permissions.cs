using Bkn.Cms.Security;

namespace Bkn.Cms.Sop;

/// <summary>
/// Permissions of the SOP registry and the three roles the setup suggests: Penyusun SOP (writes the unit's SOPs),
/// Evaluator SOP (Ortala: validates, monitors and evaluates every unit's SOPs) and Pengesah SOP (the unit head:
/// ratifies and revokes the unit's SOPs).
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public const string WriteSopName = "WriteSop";
    public const string EvaluateSopName = "EvaluateSop";
    public const string RatifySopName = "RatifySop";

    public static readonly Permission WriteSop = new(WriteSopName, "Menyusun dan merevisi SOP unit", "Registri SOP");

    public static readonly Permission EvaluateSop = new(EvaluateSopName, "Memvalidasi, memantau dan mengevaluasi SOP", "Registri SOP");

    public static readonly Permission RatifySop = new(RatifySopName, "Mengesahkan dan mencabut SOP unit", "Registri SOP");

    public static readonly Permission[] Any = [WriteSop, EvaluateSop, RatifySop];

    public IEnumerable<Permission> GetPermissions() => Any;

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Penyusun SOP", PermissionScope.OwnUnit, WriteSop),
        new("Evaluator SOP", PermissionScope.AllUnits, EvaluateSop),
        new("Pengesah SOP", PermissionScope.OwnUnit, RatifySop),
    ];
}
