using Bkn.Cms.Data;
using Bkn.Cms.ModulContoh.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.ModulContoh.Indexes;

/// <summary>
/// The module's tables. They join the engine's model at run time; their schema is the module's own migrations
/// (Migrations/Sqlite, Migrations/Postgres): change this class, then add a migration for both providers.
/// </summary>
public sealed class ModulContohModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<ModulContohIndex>(b =>
        {
            b.ToTable("ModulContohIndex");
            b.HasKey(e => e.ContentItemId);
            b.Property(e => e.ContentItemId).HasMaxLength(26);
            b.Property(e => e.Title).HasMaxLength(ModulContohIndex.TitleLength).IsRequired();
            b.Property(e => e.Path).HasMaxLength(ModulContohIndex.PathLength).IsRequired();
            b.Property(e => e.Ringkasan).HasMaxLength(ModulContohPart.MaxSummaryLength).IsRequired();
            b.HasIndex(e => e.PublishedUtc);
        });
    }
}
