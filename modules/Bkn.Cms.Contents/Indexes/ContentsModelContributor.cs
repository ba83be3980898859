using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Contents.Indexes;

/// <summary>The content module's tables: published paths, old paths for redirects, and scheduled (un)publishing.</summary>
public sealed class ContentsModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<TermIndexEntry>(b =>
        {
            b.ToTable("TermIndex");
            b.HasKey(e => e.Id);
            b.Property(e => e.ContentItemId).HasMaxLength(26).IsRequired();
            b.Property(e => e.TaxonomyId).HasMaxLength(26).IsRequired();
            b.Property(e => e.TermId).HasMaxLength(26).IsRequired();
            b.HasIndex(e => new { e.TaxonomyId, e.TermId });
            b.HasIndex(e => e.ContentItemId);
        });
        modelBuilder.Entity<ScheduledContentEntry>(b =>
        {
            b.ToTable("ScheduledContent");
            b.HasKey(e => e.Id);
            b.Property(e => e.ContentItemId).HasMaxLength(26).IsRequired();
            b.Property(e => e.Action).HasMaxLength(16).IsRequired();
            b.HasIndex(e => e.DueUtc);
            b.HasIndex(e => e.ContentItemId);
        });
        modelBuilder.Entity<AutorouteEntry>(b =>
        {
            b.ToTable("AutorouteEntries");
            b.HasKey(e => e.Path);
            b.Property(e => e.Path).HasMaxLength(400);
            b.Property(e => e.ContentItemId).HasMaxLength(26).IsRequired();
            b.Property(e => e.ContentType).HasMaxLength(128);
            b.HasIndex(e => e.ContentItemId);
        });
        modelBuilder.Entity<AutorouteRedirect>(b =>
        {
            b.ToTable("AutorouteRedirects");
            b.HasKey(e => e.Path);
            b.Property(e => e.Path).HasMaxLength(400);
            b.Property(e => e.ContentItemId).HasMaxLength(26).IsRequired();
            b.HasIndex(e => e.ContentItemId);
        });
    }
}
