using Bkn.Cms.Agencies;
using Bkn.Cms.Sapk.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bkn.Cms.Sapk.Services;

/// <summary>What an upload or a confirmation produced, for the preview page.</summary>
public sealed record SapkImportOutcome(SapkCheckResult Check, SapkImportBatch? Batch, string FileName, bool Applied = false);

/// <summary>
/// The upload path: a file is read and checked; a file with any error is refused and nothing of it is kept; a clean
/// file is kept as a waiting batch until someone confirms it, which replaces its periods' figures in one transaction.
/// </summary>
public sealed class SapkImportService(DbContext db, IAgencyDirectory agencies, SapkFigureStore store, IOptions<SapkOptions> options, TimeProvider time, Microsoft.Extensions.Configuration.IConfiguration configuration)
{
    public DateOnly Today => Bkn.Cms.Hosting.SiteTimeZone.Today(time, Bkn.Cms.Hosting.SiteTimeZone.From(configuration));

    public async Task<SapkCheckResult> CheckAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        SapkSheet sheet;
        try
        {
            sheet = SapkFile.Read(fileName, content);
        }
        catch (SapkFileException ex)
        {
            var failed = new SapkCheckResult();
            failed.FileErrors.Add(ex.Message);
            return failed;
        }

        return SapkImportCheck.Check(sheet, await agencies.GetAsync(cancellationToken), options.Value.ModuleList, Today);
    }

    /// <summary>Checks the file; only a clean file is stored, as a waiting batch.</summary>
    public async Task<SapkImportOutcome> UploadAsync(string fileName, byte[] content, string actor, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        if (name.Length > SapkImportBatch.FileNameLength)
        {
            name = name[^SapkImportBatch.FileNameLength..];
        }

        var check = await CheckAsync(name, content, cancellationToken);
        if (!check.IsValid)
        {
            return new SapkImportOutcome(check, null, name);
        }

        var batch = new SapkImportBatch
        {
            Id = Guid.NewGuid(),
            FileName = name,
            Content = content,
            Status = SapkBatchStatus.Pending,
            UploadedUtc = time.GetUtcNow().UtcDateTime,
            UploadedBy = actor,
            RowCount = check.Records.Count,
            Periods = string.Join(",", check.Periods.Select(SapkPeriodKey.Format)),
        };
        db.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return new SapkImportOutcome(check, batch, name);
    }

    public async Task<SapkImportOutcome?> PreviewAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var batch = await db.Set<SapkImportBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        return batch is null ? null : new SapkImportOutcome(await CheckAsync(batch.FileName, batch.Content, cancellationToken), batch, batch.FileName);
    }

    /// <summary>
    /// Confirms a waiting batch: checked again (the registry may have changed), then its periods are replaced and
    /// confirmed in one transaction. Confirming a batch twice changes nothing the second time.
    /// </summary>
    public async Task<SapkImportOutcome?> ConfirmAsync(Guid batchId, string actor, CancellationToken cancellationToken)
    {
        var batch = await db.Set<SapkImportBatch>().FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var check = await CheckAsync(batch.FileName, batch.Content, cancellationToken);
        if (batch.Status != SapkBatchStatus.Pending || !check.IsValid)
        {
            return new SapkImportOutcome(check, batch, batch.FileName);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        batch.Status = SapkBatchStatus.Confirmed;
        batch.ConfirmedUtc = time.GetUtcNow().UtcDateTime;
        await store.ReplaceAsync(check.Records, SapkSource.Upload, confirm: true, actor, batch.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SapkImportOutcome(check, batch, batch.FileName, Applied: true);
    }

    public async Task<bool> DiscardAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var batch = await db.Set<SapkImportBatch>().FirstOrDefaultAsync(b => b.Id == batchId && b.Status == SapkBatchStatus.Pending, cancellationToken);
        if (batch is null)
        {
            return false;
        }

        batch.Status = SapkBatchStatus.Discarded;
        batch.Content = [];
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
