using Bkn.Cms.Data;
using Bkn.Cms.Media.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Media.Indexes;

/// <summary>The MediaItems table.</summary>
public sealed class MediaModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider) =>
        modelBuilder.Entity<MediaItem>(b =>
        {
            b.ToTable("MediaItems");
            b.HasKey(m => m.Id);
            b.Ignore(m => m.Url);
            b.Property(m => m.Folder).HasMaxLength(200);
            b.Property(m => m.FileName).HasMaxLength(255).IsRequired();
            b.Property(m => m.Path).HasMaxLength(500).IsRequired();
            b.Property(m => m.ContentType).HasMaxLength(100).IsRequired();
            b.Property(m => m.AltText).HasMaxLength(500);
            b.Property(m => m.UploadedBy).HasMaxLength(64);
            b.HasIndex(m => m.Path).IsUnique();
            b.HasIndex(m => new { m.Folder, m.UploadedUtc });
        });
}
