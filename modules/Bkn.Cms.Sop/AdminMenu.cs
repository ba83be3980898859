using Bkn.Cms.Navigation;

namespace Bkn.Cms.Sop;

/// <summary>
/// Admin menu entries, one per role's work: authors open the register, evaluators the SOPs waiting for validation and
/// the dashboard, unit heads the SOPs waiting for ratification.
/// </summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Content, "Registri SOP", SopRoutes.Admin, Permissions.WriteSop, 50),
        new(AdminMenuGroups.Content, "Validasi SOP", SopRoutes.Admin + "?status=diajukan", Permissions.EvaluateSop, 51),
        new(AdminMenuGroups.Content, "Dasbor SOP", SopRoutes.Admin + "/dasbor", Permissions.EvaluateSop, 52),
        new(AdminMenuGroups.Content, "Pengesahan SOP", SopRoutes.Admin + "?status=divalidasi", Permissions.RatifySop, 53),
        new(AdminMenuGroups.Content, "Pemantauan SOP", SopRoutes.Admin + "/pemantauan", Permissions.WriteSop, 54),
    ];
}
