using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>"Join the caller's transaction, or run in one of my own": how engine services write.</summary>
internal static class UnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/> inside the caller's transaction when there is one (its owner commits and syncs);
    /// otherwise in a new transaction: committed (then <paramref name="committed"/>), or rolled back with the change
    /// tracker cleared (then <paramref name="rolledBack"/>) before the exception goes on.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this DbContext db, Func<Task<T>> work, CancellationToken cancellationToken, Func<Task>? committed = null, Func<Task>? rolledBack = null)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            if (committed is not null)
            {
                await committed();
            }

            return result;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (rolledBack is not null)
            {
                await rolledBack();
            }

            throw;
        }
    }
}
