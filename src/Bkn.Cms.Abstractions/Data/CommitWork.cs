using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>
/// Work that runs as the last statements of a transaction, right before it commits: updates of rows that every save
/// touches (stamps, counters, the search change log). Done there, such a row is locked only for the commit instead of
/// from the middle of the transaction, so concurrent saves do not queue behind it and cannot deadlock on it. What a
/// participant needs to remember until then lives in <see cref="CommitWork.State{T}"/>, which is forgotten on commit
/// and on rollback. Register participants as singletons; they run in <see cref="Order"/>, so every commit takes its
/// last locks in the same order.
/// </summary>
public interface ICommitParticipant
{
    int Order { get; }

    /// <summary>Runs inside the transaction, just before COMMIT, when the context noted any commit work.</summary>
    Task CommittingAsync(DbContext db, CancellationToken cancellationToken);

    /// <summary>Runs after a successful commit (the changes are visible); failures here do not undo the commit.</summary>
    Task CommittedAsync(DbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Per-transaction state of <see cref="ICommitParticipant"/>s, and the interceptor that runs them.</summary>
public static class CommitWork
{
    private static readonly ConditionalWeakTable<DbContext, ConcurrentDictionary<Type, object>> States = [];

    /// <summary>This context's <typeparamref name="T"/> until its transaction ends (created on first use).</summary>
    public static T State<T>(DbContext db)
        where T : class, new() =>
        (T)States.GetOrCreateValue(db).GetOrAdd(typeof(T), static _ => new T());

    /// <summary>This context's <typeparamref name="T"/> if anything was noted in this transaction.</summary>
    public static T? Find<T>(DbContext db)
        where T : class =>
        States.TryGetValue(db, out var states) && states.TryGetValue(typeof(T), out var state) ? (T)state : null;

    /// <summary>Whether this context noted commit work (used by the engine's interceptor).</summary>
    public static bool HasWork(DbContext db) => States.TryGetValue(db, out var states) && !states.IsEmpty;

    /// <summary>Forgets what this context noted (used by the engine when its transaction ended).</summary>
    public static void Forget(DbContext db) => States.Remove(db);
}
