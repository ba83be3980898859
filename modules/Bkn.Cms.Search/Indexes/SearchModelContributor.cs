using Bkn.Cms.Data;
using Bkn.Cms.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Search.Indexes;

/// <summary>The IndexingTasks log and the SearchIndexes definitions.</summary>
public sealed class SearchModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<IndexingTask>(b =>
        {
            b.ToTable("IndexingTasks");
            b.HasKey(e => e.Id);
            b.Property(e => e.ContentItemId).HasMaxLength(IndexingTask.KeyLength).IsRequired();
            b.HasIndex(e => e.ContentItemId).IsUnique();
        });
        modelBuilder.Entity<SearchIndexRecord>(b =>
        {
            b.ToTable("SearchIndexes");
            b.HasKey(e => e.Name);
            b.Property(e => e.Name).HasMaxLength(64);
            b.Property(e => e.Settings).IsRequired();
        });
    }
}
