using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bkn.Cms.Benchmarks;

/// <summary>
/// Records the SQL commands EF Core runs (text, parameters, driver time) and transaction commits while switched on;
/// idle otherwise.
/// </summary>
internal sealed class CommandRecorder : DbCommandInterceptor, IDbTransactionInterceptor
{
    public const string Commit = "COMMIT";

    private readonly Lock _gate = new();
    private List<RecordedCommand>? _commands;

    public void Start()
    {
        lock (_gate)
        {
            _commands = [];
        }
    }

    public List<RecordedCommand> Stop()
    {
        lock (_gate)
        {
            var commands = _commands ?? [];
            _commands = null;
            return commands;
        }
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _commands?.Add(new RecordedCommand(Commit, eventData.Duration.TotalMilliseconds, []));
        }

        return Task.CompletedTask;
    }

    private void Record(DbCommand command, CommandExecutedEventData eventData)
    {
        lock (_gate)
        {
            _commands?.Add(new RecordedCommand(command.CommandText, eventData.Duration.TotalMilliseconds, [.. command.Parameters.Cast<DbParameter>()]));
        }
    }
}

internal sealed record RecordedCommand(string Sql, double Milliseconds, IReadOnlyList<DbParameter> Parameters)
{
    public bool IsCommit => ReferenceEquals(Sql, CommandRecorder.Commit);
}
