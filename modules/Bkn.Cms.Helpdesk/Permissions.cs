using Bkn.Cms.Security;

namespace Bkn.Cms.Helpdesk;

/// <summary>Permissions of the helpdesk.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string HandleTicketsName = "HandleHelpdeskTickets";
    public const string SuperviseName = "SuperviseHelpdesk";
    public const string ViewPersonalDataName = "ViewHelpdeskPersonalData";
    public const string ViewScansName = "ViewHelpdeskScans";
    public const string ViewReportsName = "ViewHelpdeskReports";
    public const string ManageName = "ManageHelpdesk";

    public static readonly Permission HandleTickets = new(HandleTicketsName, "Menangani tiket helpdesk (antrean, ambil, jawab, catatan)", "Helpdesk");
    public static readonly Permission Supervise = new(SuperviseName, "Mengawasi helpdesk (menugaskan, aksi massal, menggabungkan tiket)", "Helpdesk");
    public static readonly Permission ViewPersonalData = new(ViewPersonalDataName, "Melihat NIK dan Nomor KK lengkap serta pindaian (tercatat di jejak audit)", "Helpdesk");
    /// <summary>Operators verify identity in the categories that ask for KTP/KK scans: they open the scans (audited) without seeing full NIKs in lists.</summary>
    public static readonly Permission ViewScans = new(ViewScansName, "Melihat pindaian KTP/KK tiket yang ditangani (tercatat di jejak audit)", "Helpdesk");
    public static readonly Permission ViewReports = new(ViewReportsName, "Melihat dan mengekspor laporan helpdesk", "Helpdesk");
    public static readonly Permission Manage = new(ManageName, "Mengatur helpdesk (kategori, jawaban siap pakai, SLA, masa simpan)", "Helpdesk");

    public IEnumerable<Permission> GetPermissions() => [HandleTickets, Supervise, ViewPersonalData, ViewScans, ViewReports, Manage];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Operator Helpdesk", PermissionScope.OwnUnit, HandleTickets, ViewScans),
        new("Supervisor Helpdesk", PermissionScope.OwnUnit, HandleTickets, Supervise, ViewPersonalData, ViewScans, ViewReports, Manage),
    ];
}
