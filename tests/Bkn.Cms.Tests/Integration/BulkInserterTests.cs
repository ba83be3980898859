using System.Data.Common;
using Bkn.Cms.Agencies;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Data;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>
/// The engine's bulk inserter on the configured provider (SQLite: prepared INSERT per row; PostgreSQL: binary COPY):
/// rows as EF reads them back (nulls, UTC times of every kind, enums, GUIDs, dates), its own transaction when the caller
/// has none, and nothing written when it fails inside the caller's transaction or its own.
/// </summary>
public sealed class BulkInserterTests(SharedHost host) : IClassFixture<SharedHost>
{
    /// <summary>A time PostgreSQL keeps exactly (microseconds).</summary>
    private static readonly DateTime Noon = new(2026, 12, 5, 5, 6, 7, 123, 456, DateTimeKind.Utc);

    [Fact]
    public async Task Rows_are_written_with_their_nulls_and_every_DateTime_kind_as_the_same_UTC_instant()
    {
        var user = NewUser();
        var local = new DateTime(2026, 12, 5, 12, 0, 0, DateTimeKind.Local);
        NotificationRecord[] rows =
        [
            new() { UserId = user, Text = "utc", Url = "/a", CreatedUtc = Noon, ReadUtc = Noon.AddMinutes(5) },
            new() { UserId = user, Text = "unspecified", Url = null, CreatedUtc = DateTime.SpecifyKind(Noon, DateTimeKind.Unspecified), ReadUtc = null },
            new() { UserId = user, Text = "local", Url = null, CreatedUtc = local, ReadUtc = null },
        ];

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<IBulkInserter>().InsertAsync(db, rows));
            await transaction.CommitAsync();
            Assert.Empty(db.ChangeTracker.Entries()); // nothing tracked
        }

        var stored = (await ReadAsync(user)).ToDictionary(n => n.Text);
        Assert.Equal(3, stored.Count);
        Assert.All(stored.Values, n => Assert.True(n.Id > 0)); // the database numbered them
        Assert.Equal(("/a", Noon.Ticks, Noon.AddMinutes(5).Ticks), (stored["utc"].Url, stored["utc"].CreatedUtc.Ticks, stored["utc"].ReadUtc?.Ticks));
        Assert.Equal((null, Noon.Ticks, (long?)null), (stored["unspecified"].Url, stored["unspecified"].CreatedUtc.Ticks, stored["unspecified"].ReadUtc?.Ticks));
        Assert.Equal(local.ToUniversalTime().Ticks, stored["local"].CreatedUtc.Ticks);
    }

    [Fact]
    public async Task Enums_guids_dates_and_null_columns_of_a_module_table_read_back_as_written()
    {
        var agency = Guid.NewGuid();
        // Gender digit 9: never one of the sample records' NIPs.
        var nip = "198001012005019" + Random.Shared.Next(100, 999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var row = new PersonnelRow
        {
            Nip = nip,
            Dataset = PersonnelDataset.Training,
            AgencyId = agency,
            Name = "Uji Massal",
            BirthDate = new DateOnly(1980, 1, 1),
            Gender = "P",
            Golongan = "III/c",
            TmtGolongan = new DateOnly(2020, 4, 1),
            TmtCpns = new DateOnly(2005, 1, 1),
            Jabatan = "Analis",
            JenisJabatan = JenisJabatan.Administrator,
            Unor = "Biro Umum",
            Pendidikan = "S1",
            Agama = "Islam",
            Kppn = "Jakarta II",
            AtasanNip = null,
            UpdatedUtc = Noon,
        };

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IBulkInserter>().InsertAsync(db, [row]));
        }

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();

            // Queried by the converted values, so the columns hold what EF itself writes for them.
            var stored = await db.Set<PersonnelRow>().AsNoTracking().SingleAsync(r => r.Dataset == PersonnelDataset.Training && r.AgencyId == agency && r.JenisJabatan == JenisJabatan.Administrator && r.TmtGolongan == new DateOnly(2020, 4, 1));
            Assert.Equal((nip, "Uji Massal", new DateOnly(1980, 1, 1), (string?)null, Noon.Ticks), (stored.Nip, stored.Name, stored.BirthDate, stored.AtasanNip, stored.UpdatedUtc.Ticks));
        }
    }

    [Fact]
    public async Task Without_a_transaction_of_the_caller_the_rows_are_committed_all_at_once()
    {
        var user = NewUser();
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var written = await scope.ServiceProvider.GetRequiredService<IBulkInserter>().InsertAsync(db, Enumerable.Range(0, 2500).Select(i => Row(user, i)));
            Assert.Equal(2500, written);
            Assert.Null(db.Database.CurrentTransaction);
        }

        Assert.Equal(2500, (await ReadAsync(user)).Count);
    }

    [Fact]
    public async Task A_failing_row_leaves_nothing_once_the_callers_transaction_is_rolled_back()
    {
        var user = NewUser();
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var bulk = scope.ServiceProvider.GetRequiredService<IBulkInserter>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await bulk.InsertAsync(db, Enumerable.Range(0, 10).Select(i => Row(user, i)));

            // The last row breaks NOT NULL: the earlier rows of this call and of the call before are in the same transaction.
            var rows = Enumerable.Range(10, 100).Select(i => Row(user, i)).Append(new NotificationRecord { UserId = user, Text = null!, CreatedUtc = Noon });
            await Assert.ThrowsAnyAsync<DbException>(() => bulk.InsertAsync(db, rows));
        }

        Assert.Empty(await ReadAsync(user));
    }

    [Fact]
    public async Task A_failing_row_leaves_nothing_when_the_inserter_used_its_own_transaction()
    {
        var user = NewUser();
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var rows = Enumerable.Range(0, 100).Select(i => Row(user, i)).Append(new NotificationRecord { UserId = user, Text = null!, CreatedUtc = Noon });
            await Assert.ThrowsAnyAsync<DbException>(() => scope.ServiceProvider.GetRequiredService<IBulkInserter>().InsertAsync(db, rows));
            Assert.Null(db.Database.CurrentTransaction);
        }

        Assert.Empty(await ReadAsync(user));
    }

    private static string NewUser() => "bulk-" + Guid.NewGuid().ToString("N");

    private static NotificationRecord Row(string user, int i) => new() { UserId = user, Text = "baris " + i, CreatedUtc = Noon.AddSeconds(i) };

    private async Task<List<NotificationRecord>> ReadAsync(string user)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICmsDbContext>().Notifications.AsNoTracking().Where(n => n.UserId == user).ToListAsync();
    }
}
