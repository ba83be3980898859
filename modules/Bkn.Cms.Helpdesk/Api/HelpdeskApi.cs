using System.Security.Claims;
using Bkn.Cms.Audit;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Api;

/// <summary>
/// The helpdesk API (bearer token, permission "HandleHelpdeskTickets", unit scope honoured): list with keyset
/// cursor, read one ticket with its thread, add a reply or internal note. NIK is masked and the birth date (part of the
/// NIK) left out unless <c>full=true</c> is asked by a holder of "ViewHelpdeskPersonalData" (audited).
/// </summary>
public static class HelpdeskApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(HelpdeskRoutes.Api).RequireAuthorization(new RequirePermissionAttribute(Permissions.HandleTicketsName));
        api.MapGet("", ListAsync);
        api.MapGet("{number}", GetAsync);
        api.MapPost("{number}/replies", ReplyAsync);
    }

    private static async Task<IResult> ListAsync(string? status, string? category, string? after, int? limit, ClaimsPrincipal user, DbContext db, IPermissionService permissions, CancellationToken ct)
    {
        var query = await ScopedAsync(db, user, permissions, ct);
        if (!string.IsNullOrEmpty(status))
        {
            if (TicketStatuses.Parse(status) is not { } s)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Status tidak dikenal (baru, diterima, diproses, menunggu-pelamar, dijawab, ditutup)."] }, title: "Permintaan tidak sah.");
            }

            query = query.Where(t => t.Status == s);
        }

        if (!string.IsNullOrEmpty(category))
        {
            query = query.Where(t => t.CategoryId == category);
        }

        if (!string.IsNullOrEmpty(after))
        {
            // Looked up within the caller's scope: another unit's ticket answers exactly as an unknown number.
            var cursor = await (await ScopedAsync(db, user, permissions, ct)).Where(t => t.Number == after).Select(t => (long?)t.Id).FirstOrDefaultAsync(ct);
            if (cursor is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["after"] = ["Nomor tiket untuk 'after' tidak ditemukan."] }, title: "Permintaan tidak sah.");
            }

            query = query.Where(t => t.Id > cursor);
        }

        var size = Math.Clamp(limit ?? 50, 1, 200);
        var page = await query.OrderBy(t => t.Id).Take(size + 1).ToListAsync(ct);
        var next = page.Count > size ? page[size - 1].Number : null;
        return Results.Ok(new { items = page.Take(size).Select(Summary), next });
    }

    private static async Task<IResult> GetAsync(string number, bool? full, ClaimsPrincipal user, DbContext db, IPermissionService permissions, IContentManager contents, IAuditTrail audit, CancellationToken ct)
    {
        var ticket = await (await ScopedAsync(db, user, permissions, ct)).FirstOrDefaultAsync(t => t.Number == number, ct);
        if (ticket is null)
        {
            return NotFound();
        }

        var part = (await contents.GetAsync(ticket.ContentItemId, VersionOptions.Latest, ct))?.As<TicketPart>();
        var reveal = full == true && await permissions.HasPermissionAsync(user, Permissions.ViewPersonalData, ticket.UnitId, ct);
        if (reveal)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Security, "helpdesk.personal-data.viewed", $"NIK/KK lengkap tiket {ticket.Number} dibaca lewat API") { ContentItemId = ticket.ContentItemId, ContentType = TicketService.ContentType, UnitId = ticket.UnitId }, ct);
        }

        var thread = await db.Set<HelpdeskMessage>().AsNoTracking().Where(m => m.TicketId == ticket.Id).OrderBy(m => m.Id).Take(500).ToListAsync(ct);
        return Results.Ok(new
        {
            ticket = Summary(ticket),
            applicant = part is null ? null : new
            {
                nik = reveal ? part.Nik : ticket.NikMasked,
                nomorKk = part.NomorKk is null ? null : reveal ? part.NomorKk : NikRules.Mask(part.NomorKk),
                nama = part.Nama,
                tempatLahir = part.TempatLahir,
                tanggalLahir = reveal ? part.TanggalLahir : null, // NIK digits 7–12: masked with the NIK
                jenisPermasalahan = part.JenisPermasalahan,
                instansi = part.Instansi,
                pertanyaan = part.Pertanyaan,
                email = part.Email,
            },
            thread = thread.Select(m => new { kind = m.Kind.ToString(), author = m.AuthorName, body = m.Body, createdUtc = m.CreatedUtc }),
        });
    }

    private static async Task<IResult> ReplyAsync(string number, ReplyRequest request, ClaimsPrincipal user, DbContext db, IPermissionService permissions, TicketService tickets, CancellationToken ct)
    {
        var ticket = await (await ScopedAsync(db, user, permissions, ct)).FirstOrDefaultAsync(t => t.Number == number, ct);
        if (ticket is null)
        {
            return NotFound();
        }

        TicketStatus? status = null;
        if (!string.IsNullOrEmpty(request.Status))
        {
            status = TicketStatuses.Parse(request.Status);
            if (status is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Status tidak dikenal."] }, title: "Permintaan tidak sah.");
            }
        }

        try
        {
            var actor = HelpdeskActor.From(user);
            if (request.Internal)
            {
                await tickets.AddNoteAsync(ticket.Id, request.Body ?? "", actor, ct);
            }
            else
            {
                await tickets.ReplyAsync(ticket.Id, request.Body ?? "", status, actor, ct);
            }
        }
        catch (HelpdeskException exception)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [exception.Message] }, title: "Balasan tidak dapat disimpan.");
        }

        var updated = await db.Set<HelpdeskTicket>().AsNoTracking().FirstAsync(t => t.Id == ticket.Id, ct);
        return Results.Created($"{HelpdeskRoutes.Api}/{updated.Number}", Summary(updated));
    }

    private static async Task<IQueryable<HelpdeskTicket>> ScopedAsync(DbContext db, ClaimsPrincipal user, IPermissionService permissions, CancellationToken ct)
    {
        var scope = await permissions.GetUnitScopeAsync(user, Permissions.HandleTickets, ct);
        var query = db.Set<HelpdeskTicket>().AsNoTracking();
        if (!scope.AllUnits)
        {
            var ids = scope.UnitIds.ToList();
            query = query.Where(t => t.UnitId != null && ids.Contains(t.UnitId.Value));
        }

        return query;
    }

    private static object Summary(HelpdeskTicket t) => new
    {
        number = t.Number,
        status = TicketStatuses.Slug(t.Status),
        category = t.CategoryId,
        team = t.TeamId,
        assignee = t.AssigneeName,
        nik = t.NikMasked,
        summary = t.Summary,
        createdUtc = t.CreatedUtc,
        dueUtc = t.DueUtc,
        firstResponseUtc = t.FirstResponseUtc,
        answeredUtc = t.AnsweredUtc,
        closedUtc = t.ClosedUtc,
        overdue = t.Overdue,
        rating = t.Rating,
        duplicate = t.DuplicateFlag,
    };

    private static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Tiket tidak ditemukan.");
}
