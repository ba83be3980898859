using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Users;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Activities;

/// <summary>Assigns the ticket to a user (by user name) and/or moves it to a team; empty values leave that part alone.</summary>
public sealed class AssignHelpdeskTicketTask(DbContext db, TicketService tickets, IUserDirectory users, IWorkflowExpressionEvaluator expressions) : HelpdeskWorkflowTask(db)
{
    public override string Name => "AssignHelpdeskTicketTask";

    public override string DisplayText => "Tugaskan tiket helpdesk";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("assignee", "Petugas (nama pengguna, Liquid)", ActivityPropertyKind.Liquid, "Kosongkan untuk tidak mengubah petugas."),
        new("team", "Tim (kode, Liquid)", ActivityPropertyKind.Liquid, "Mis. tim-akun; kosongkan untuk tidak memindahkan tim."),
    ];

    protected override async Task<string?> RunAsync(long ticketId, ActivityContext context, CancellationToken cancellationToken)
    {
        var userName = (await expressions.RenderLiquidAsync(context.GetString("assignee") ?? "", context, html: false, cancellationToken)).Trim();
        var team = (await expressions.RenderLiquidAsync(context.GetString("team") ?? "", context, html: false, cancellationToken)).Trim();
        string? userId = null;
        if (userName.Length > 0)
        {
            userId = (await users.SearchAsync(userName, 50, cancellationToken)).FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase))?.Id
                ?? throw new HelpdeskException($"Pengguna '{userName}' tidak ditemukan.");
        }

        var current = await tickets.FindByIdAsync(ticketId, cancellationToken);
        await tickets.AssignAsync(ticketId, userId ?? current?.AssigneeId, userId is null ? current?.AssigneeName : userName, team.Length > 0 ? team : null, Actor(context), cancellationToken);
        return $"Petugas: {(userName.Length > 0 ? userName : "tetap")}; tim: {(team.Length > 0 ? team : "tetap")}.";
    }
}
