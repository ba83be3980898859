using Bkn.Cms.AuditTrail.Models;
using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.AuditTrail.Indexes;

/// <summary>The AuditEvents table, indexed for the newest-first list and its filters.</summary>
public sealed class AuditTrailModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider) =>
        modelBuilder.Entity<AuditEventRecord>(b =>
        {
            b.ToTable("AuditEvents");
            b.HasKey(e => e.Id);
            b.Property(e => e.Category).HasMaxLength(32).IsRequired();
            b.Property(e => e.Name).HasMaxLength(64).IsRequired();
            b.Property(e => e.Summary).HasMaxLength(1000);
            b.Property(e => e.UserId).HasMaxLength(64);
            b.Property(e => e.UserName).HasMaxLength(256);
            b.Property(e => e.ContentItemId).HasMaxLength(26);
            b.Property(e => e.ContentType).HasMaxLength(128);
            b.Property(e => e.PreviousVersionId).HasMaxLength(26);
            b.Property(e => e.VersionId).HasMaxLength(26);
            b.HasIndex(e => e.OccurredUtc);
            b.HasIndex(e => new { e.Category, e.Id });
            b.HasIndex(e => new { e.UserId, e.Id });
            b.HasIndex(e => new { e.ContentItemId, e.Id });
        });
}
