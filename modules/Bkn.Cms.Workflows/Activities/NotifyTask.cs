using Bkn.Cms.Data;
using Bkn.Cms.Notifications;
using Bkn.Cms.Units;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Workflows.Activities;

/// <summary>An in-app notification (admin bar) to users, the members of roles, or the users of units (and their subunits).</summary>
public sealed class NotifyTask(IWorkflowExpressionEvaluator expressions, INotificationCenter notifications, ICmsDbContext db, IUnitTree units) : WorkflowTask
{
    public override string Name => "NotifyTask";

    public override string DisplayText => "Kirim notifikasi";

    public override string Category => "Komunikasi";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("users", "Pengguna", ActivityPropertyKind.List, "Nama pengguna, pisahkan dengan koma."),
        new("roles", "Peran", ActivityPropertyKind.List, "Nama peran, pisahkan dengan koma."),
        new("units", "Unit kerja", ActivityPropertyKind.List, "Kode unit (termasuk sub-unitnya), pisahkan dengan koma."),
        new("message", "Pesan (Liquid)", ActivityPropertyKind.Liquid, Required: true),
        new("url", "Tautan (Liquid)", ActivityPropertyKind.Liquid, "Mis. /admin/konten/{{ correlationId }}"),
    ];

    public override IEnumerable<string> Validate(ActivityDefinition activity)
    {
        if (activity.GetList("users").Count + activity.GetList("roles").Count + activity.GetList("units").Count == 0)
        {
            yield return "Pilih penerima: pengguna, peran atau unit kerja.";
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var userNames = context.Activity.GetList("users").Select(u => u.ToUpperInvariant()).ToList();
        var roleNames = context.Activity.GetList("roles").Select(r => r.ToUpperInvariant()).ToList();
        var unitCodes = context.Activity.GetList("units");
        var recipients = new HashSet<string>(StringComparer.Ordinal);
        if (userNames.Count > 0)
        {
            recipients.UnionWith(await db.Users.Where(u => userNames.Contains(u.NormalizedUserName!) && u.IsActive).Select(u => u.Id).ToListAsync(cancellationToken));
        }

        if (roleNames.Count > 0)
        {
            recipients.UnionWith(await (from ur in db.UserRoles
                                        join r in db.Roles on ur.RoleId equals r.Id
                                        join u in db.Users on ur.UserId equals u.Id
                                        where roleNames.Contains(r.NormalizedName!) && u.IsActive
                                        select u.Id).ToListAsync(cancellationToken));
        }

        if (unitCodes.Count > 0)
        {
            var tree = await units.GetAsync(cancellationToken);
            var unitIds = tree.DepthFirst().Where(u => unitCodes.Contains(u.Code, StringComparer.OrdinalIgnoreCase))
                .SelectMany(u => tree.Subtree(u.Id)).ToList();
            recipients.UnionWith(await db.Users.Where(u => u.UnitId != null && unitIds.Contains(u.UnitId.Value) && u.IsActive).Select(u => u.Id).ToListAsync(cancellationToken));
        }

        var message = await expressions.RenderLiquidAsync(context.GetString("message") ?? "", context, html: false, cancellationToken);
        var url = string.IsNullOrWhiteSpace(context.GetString("url")) ? null : await expressions.RenderLiquidAsync(context.GetString("url")!, context, html: false, cancellationToken);
        await notifications.NotifyAsync(recipients, message, url, cancellationToken);
        context.JournalNote = $"{recipients.Count} penerima";
        return ActivityResult.Done();
    }
}
