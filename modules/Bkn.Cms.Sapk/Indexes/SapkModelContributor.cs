using Bkn.Cms.Data;
using Bkn.Cms.Sapk.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sapk.Indexes;

/// <summary>
/// The module's tables. They join the engine's model at run time; their schema is the module's own migrations
/// (Migrations/Sqlite, Migrations/Postgres). The figure tables are written by <see cref="Services.SapkFigureStore"/>
/// with the engine's bulk inserter, which reads tables, columns and types from this model.
/// </summary>
public sealed class SapkModelContributor : IModelContributor
{
    public const int CodeLength = 40;

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<SapkPeriod>(b =>
        {
            b.ToTable("SapkPeriods");
            b.HasKey(e => e.Period);
            b.Property(e => e.Period).ValueGeneratedNever();
            b.Property(e => e.ConfirmedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<SapkFigure>(b =>
        {
            b.ToTable("SapkFigures");
            b.HasKey(e => new { e.Period, e.AgencyCode });
            b.Property(e => e.AgencyCode).HasMaxLength(CodeLength);
        });
        modelBuilder.Entity<SapkModuleFigure>(b =>
        {
            b.ToTable("SapkModuleFigures");
            b.HasKey(e => new { e.Period, e.AgencyCode, e.Module });
            b.Property(e => e.AgencyCode).HasMaxLength(CodeLength);
            b.Property(e => e.Module).HasMaxLength(CodeLength);
        });
        modelBuilder.Entity<SapkImportBatch>(b =>
        {
            b.ToTable("SapkImportBatches");
            b.HasKey(e => e.Id);
            b.Property(e => e.FileName).HasMaxLength(SapkImportBatch.FileNameLength).IsRequired();
            b.Property(e => e.UploadedBy).HasMaxLength(256).IsRequired();
            b.Property(e => e.Periods).HasMaxLength(2000).IsRequired();
            b.HasIndex(e => e.UploadedUtc);
        });
        modelBuilder.Entity<SapkPullRun>(b =>
        {
            b.ToTable("SapkPullRuns");
            b.HasKey(e => e.Id);
            b.Property(e => e.Message).HasMaxLength(SapkPullRun.MessageLength).IsRequired();
            b.Property(e => e.StartedBy).HasMaxLength(256).IsRequired();
            b.HasIndex(e => e.StartedUtc);
        });
    }
}
