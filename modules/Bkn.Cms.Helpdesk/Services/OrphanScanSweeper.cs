using Bkn.Cms.Helpdesk.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Removes scans no ticket refers to. The intake writes scans before their ticket's transaction and removes them when
/// the ticket is not written, but a crash in between (process killed, power lost) leaves the file without its row, and
/// with the applicant's KTP/KK in it. A file older than <see cref="GracePeriod"/> (far longer than any submission
/// waits for its batch) with no HelpdeskAttachments row is deleted.
/// </summary>
public sealed partial class OrphanScanSweeper(DbContext db, ScanStore scans, TimeProvider time, ILogger<OrphanScanSweeper> logger)
{
    public static readonly TimeSpan GracePeriod = TimeSpan.FromHours(1);

    private const int BatchSize = 500;

    /// <summary>Deletes the orphaned scans and returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - GracePeriod;
        var deleted = 0;
        foreach (var chunk in scans.List().Where(f => f.WrittenUtc < cutoff).Select(f => f.Path).Chunk(BatchSize))
        {
            var kept = (await db.Set<HelpdeskAttachment>().AsNoTracking()
                .Where(a => chunk.Contains(a.StoragePath)).Select(a => a.StoragePath).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            foreach (var path in chunk.Where(p => !kept.Contains(p)))
            {
                scans.Delete(path);
                deleted++;
            }
        }

        if (deleted > 0)
        {
            LogDeleted(logger, deleted);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleted {Count} helpdesk scans that no ticket refers to (left by an interrupted submission)")]
    private static partial void LogDeleted(ILogger logger, int count);
}
