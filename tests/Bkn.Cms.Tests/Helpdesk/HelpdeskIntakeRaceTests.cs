using System.Data.Common;
using Bkn.Cms.Data;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Helpdesk;

/// <summary>
/// The double post of issue 20 (item 12), made deterministic: PostgreSQL runs two intake writers per node (and nodes
/// share the database), so the two posts of a double click can be written by two transactions at once. One transaction
/// commits between the reads of the other; that one must still answer with the ticket, not with the captcha error.
/// </summary>
public sealed class HelpdeskIntakeRaceTests
{
    [PostgresFact("SQLite has one intake writer per node and its write transactions take the database lock at BEGIN, so no commit can fall between a batch's reads")]
    public async Task A_double_post_committed_by_the_other_writer_between_the_batch_reads_gets_that_ticket()
    {
        var interleave = new CommitBetweenReads();
        await using var factory = new CmsFactory(services: s => s.ConfigureDbContext<PostgresCmsDbContext>((_, o) => o.AddInterceptors(interleave), ServiceLifetime.Singleton));
        _ = factory.Server;
        var (click1, click2) = await DoubleClickAsync(factory);
        string? otherNumber = null;
        interleave.Arm(async () =>
        {
            // The other writer writes the second post and commits, while the first transaction has read only once.
            await using var scope = factory.Services.CreateAsyncScope();
            var other = scope.ServiceProvider.GetRequiredService<HelpdeskTicketWriter>();
            var number = HelpdeskSql.FormatNumber(click2.Year, await other.ReserveNumbersAsync(click2.Year, 1, default));
            otherNumber = (await other.WriteOneAsync(click2, number, default)).Number;
        });

        IntakeResult result;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var writer = scope.ServiceProvider.GetRequiredService<HelpdeskTicketWriter>();
            var number = HelpdeskSql.FormatNumber(click1.Year, await writer.ReserveNumbersAsync(click1.Year, 1, default));
            result = (await writer.WriteAsync([(click1, number)], default))[0];
        }

        Assert.True(interleave.Fired, "the other transaction committed between the reads");
        Assert.NotNull(otherNumber);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        Assert.True(result.Repeated);
        Assert.Equal(otherNumber, result.Number);
        await using var check = factory.Services.CreateAsyncScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskTicket>().CountAsync(t => t.SubmissionKey == click1.SubmissionKey));
    }

    /// <summary>Two drafts of one form (same submission key, same captcha), as two posts of a double click make them.</summary>
    private static async Task<(IntakeDraft, IntakeDraft)> DoubleClickAsync(CmsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var category = await db.Set<HelpdeskCategory>().AsNoTracking().SingleAsync(c => c.Id == "lokasi-lahir");
        var team = await db.Set<HelpdeskTeam>().AsNoTracking().SingleAsync(t => t.Id == category.TeamId);
        var hash = HelpdeskSecrets.NikHash(await scope.ServiceProvider.GetRequiredService<HelpdeskSecrets>().KeyAsync(default), HelpdeskClient.ValidNik);
        var (now, nonce, key) = (DateTime.UtcNow, Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..24], Guid.NewGuid().ToString("N"));
        IntakeDraft Draft() => new(category, Part(), team, [], hash, nonce, now.AddMinutes(30), key, now, now.Year);
        return (Draft(), Draft());
    }

    private static TicketPart Part() => new()
    {
        Nik = HelpdeskClient.ValidNik,
        Nama = "Budi Santoso",
        TempatLahir = "Bandung",
        TanggalLahir = new DateOnly(1999, 3, 12),
        Pertanyaan = "Lokasi lahir saya salah.",
    };

    /// <summary>
    /// Runs an action once, right after the first read of the intake's batch transaction (the first query on the
    /// captcha uses or the tickets inside a transaction of the flow that armed it) and before its next statement.
    /// </summary>
    private sealed class CommitBetweenReads : DbCommandInterceptor
    {
        private readonly AsyncLocal<bool> _armedHere = new();
        private Func<Task>? _action;

        public bool Fired { get; private set; }

        public void Arm(Func<Task> action)
        {
            _action = action;
            _armedHere.Value = true;
        }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (_armedHere.Value && command.Transaction is not null
                && (command.CommandText.Contains("\"HelpdeskCaptchaUses\"", StringComparison.Ordinal) || command.CommandText.Contains("\"HelpdeskTickets\"", StringComparison.Ordinal))
                && Interlocked.Exchange(ref _action, null) is { } action)
            {
                Fired = true;
                await action();
            }

            return result;
        }
    }
}
