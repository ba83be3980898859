using Bkn.Cms.Security;

namespace Bkn.Cms.Helpdesk;

/// <summary>Permissions of the helpdesk.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string HandleTicketsName = "HandleHelpdeskTickets";
    public const string SuperviseName = "SuperviseHelpdesk";
    public const string ViewPersonalDataName = "ViewHelpdeskPersonalData";
    public const string ViewReportsName = "ViewHelpdeskReports";
    public const string ManageName = "ManageHelpdesk";

    public static readonly Permission HandleTickets = new(HandleTicketsName, "Menangani tiket helpdesk (antrean, ambil, jawab, catatan)", "Helpdesk");
    public static readonly Permission Supervise = new(SuperviseName, "Mengawasi helpdesk (menugaskan, aksi massal, menggabungkan tiket)", "Helpdesk");
    public static readonly Permission ViewPersonalData = new(ViewPersonalDataName, "Melihat NIK dan Nomor KK lengkap serta pindaian (tercatat di jejak audit)", "Helpdesk");
    public static readonly Permission ViewReports = new(ViewReportsName, "Melihat dan mengekspor laporan helpdesk", "Helpdesk");
    public static readonly Permission Manage = new(ManageName, "Mengatur helpdesk (kategori, jawaban siap pakai, SLA, masa simpan)", "Helpdesk");

    public IEnumerable<Permission> GetPermissions() => [HandleTickets, Supervise, ViewPersonalData, ViewReports, Manage];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Operator Helpdesk", PermissionScope.OwnUnit, HandleTickets),
        new("Supervisor Helpdesk", PermissionScope.OwnUnit, HandleTickets, Supervise, ViewPersonalData, ViewReports, Manage),
    ];
}
