using Bkn.Cms.Security;

namespace Bkn.Cms.Workflows;

/// <summary>Permissions of workflows.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ViewWorkflowsName = "ViewWorkflows";
    public const string ManageWorkflowsName = "ManageWorkflows";
    public const string SignalWorkflowsName = "SignalWorkflows";

    public static readonly Permission ViewWorkflows = new(ViewWorkflowsName, "Melihat alur kerja dan instansnya", "Alur Kerja");
    public static readonly Permission ManageWorkflows = new(ManageWorkflowsName, "Mengelola alur kerja: merancang, mengaktifkan, mengulang dan membatalkan instans", "Alur Kerja");
    public static readonly Permission SignalWorkflows = new(SignalWorkflowsName, "Mengirim sinyal ke alur kerja melalui API", "Alur Kerja");

    public IEnumerable<Permission> GetPermissions() => [ViewWorkflows, ManageWorkflows, SignalWorkflows];
}
