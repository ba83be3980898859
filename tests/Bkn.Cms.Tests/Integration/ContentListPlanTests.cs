using System.Diagnostics;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>
/// The admin list must walk an index in sort order, never sort every live row (what made it slow at 100,000 items,
/// see docs/PERFORMANCE.md). Checked on SQLite's query plan of the SQL the list really sends.
/// </summary>
public sealed class ContentListPlanTests
{
    [Fact]
    public async Task The_newest_first_list_uses_an_index_in_order_with_and_without_a_type_filter()
    {
        if (TestDatabase.UsePostgres)
        {
            return; // PostgreSQL plans depend on statistics; the SQLite plan is the deterministic guard.
        }

        await using var factory = new CmsFactory();
        _ = factory.Server;
        foreach (var query in new[]
        {
            new ContentListQuery { Types = ["Halaman"], Status = ContentStatusFilter.Published },
            new ContentListQuery { ExcludedTypes = ["Taksonomi"] },
            new ContentListQuery { Types = ["Halaman"], Sort = ContentSort.CreatedDesc },
            new ContentListQuery { Types = ["Halaman"], Sort = ContentSort.TitleAsc },
        })
        {
            var (sql, parameters) = await CaptureAsync(factory, query);
            var plan = await PlanAsync(factory, sql, parameters);

            Assert.False(plan.Contains("TEMP B-TREE", StringComparison.Ordinal), sql + "\n" + plan);
            Assert.Contains("IX_ContentItems_Live_", plan, StringComparison.Ordinal);
        }
    }

    private static async Task<(string Sql, List<(string Name, object? Value)> Parameters)> CaptureAsync(CmsFactory factory, ContentListQuery query)
    {
        string? sql = null;
        var parameters = new List<(string, object?)>();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Observer(listener =>
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(new KeyObserver(pair =>
                {
                    // Only this scope's context: background services query ContentItems too.
                    if (pair.Key == RelationalEventId.CommandExecuting.Name && pair.Value is CommandEventData data && ReferenceEquals(data.Context, db)
                        && data.Command.CommandText.Contains("FROM \"ContentItems\"", StringComparison.Ordinal) && sql is null)
                    {
                        sql = data.Command.CommandText;
                        parameters.AddRange(data.Command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)));
                    }
                }));
            }
        }));

        // Contexts are pooled, and a pooled context remembers for EF's logging cache time (one second) that nobody was
        // listening when it last checked; after that it sees the new subscriber.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await scope.ServiceProvider.GetRequiredService<IContentQuery>().ListAsync(query);
        Assert.NotNull(sql);
        return (sql!, parameters);
    }

    private static async Task<string> PlanAsync(CmsFactory factory, string sql, List<(string Name, object? Value)> parameters)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return string.Join('\n', lines);
    }

    private sealed class Observer(Action<DiagnosticListener> onNext) : IObserver<DiagnosticListener>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(DiagnosticListener value) => onNext(value);
    }

    private sealed class KeyObserver(Action<KeyValuePair<string, object?>> onNext) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(KeyValuePair<string, object?> value) => onNext(value);
    }
}
