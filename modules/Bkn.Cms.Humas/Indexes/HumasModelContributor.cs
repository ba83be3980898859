using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Humas.Indexes;

/// <summary>The Humas tables: the public index, regulation links, editorial state and change notes.</summary>
public sealed class HumasModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<PublicationIndex>(b =>
        {
            b.ToTable("PublicationIndex");
            b.HasKey(e => e.ContentItemId);
            b.Property(e => e.ContentItemId).HasMaxLength(26);
            b.Property(e => e.ContentType).HasMaxLength(64).IsRequired();
            b.Property(e => e.Path).HasMaxLength(400).IsRequired();
            b.Property(e => e.Title).HasMaxLength(300).IsRequired();
            b.Property(e => e.Summary).HasMaxLength(600).IsRequired();
            b.Property(e => e.Kind).HasMaxLength(128).IsRequired();
            b.Property(e => e.Number).HasMaxLength(64).IsRequired();
            b.Property(e => e.Status).HasMaxLength(32).IsRequired();
            b.Property(e => e.DeclaredStatus).HasMaxLength(32).IsRequired().HasDefaultValue("");
            b.Property(e => e.ImagePath).HasMaxLength(400);
            b.HasIndex(e => new { e.ContentType, e.Published, e.Date });
            b.HasIndex(e => new { e.ContentType, e.Published, e.Year });
            b.HasIndex(e => e.Path);
        });
        modelBuilder.Entity<RegulationLink>(b =>
        {
            b.ToTable("RegulationLinks");
            b.HasKey(e => e.Id);
            b.Property(e => e.FromId).HasMaxLength(26).IsRequired();
            b.Property(e => e.ToId).HasMaxLength(26).IsRequired();
            b.Property(e => e.Kind).HasMaxLength(16).IsRequired();
            b.HasIndex(e => e.FromId);
            b.HasIndex(e => e.ToId);
        });
        modelBuilder.Entity<EditorialState>(b =>
        {
            b.ToTable("EditorialStates");
            b.HasKey(e => e.ContentItemId);
            b.Property(e => e.ContentItemId).HasMaxLength(26);
            b.Property(e => e.ContentType).HasMaxLength(64).IsRequired();
            b.Property(e => e.Status).HasMaxLength(16).IsRequired();
            b.Property(e => e.SubmittedBy).HasMaxLength(64);
            b.Property(e => e.ReviewedBy).HasMaxLength(64);
            b.Property(e => e.ReviewNote).HasMaxLength(2000);
            b.Property(e => e.ApprovedVersionId).HasMaxLength(26);
            b.Property(e => e.PendingChangeNote).HasMaxLength(1000);
            b.Property(e => e.WithdrawnReason).HasMaxLength(1000);
            b.Property(e => e.RowVersion).IsConcurrencyToken();
            b.HasIndex(e => new { e.Status, e.ModifiedUtc });
        });
        modelBuilder.Entity<ChangeNote>(b =>
        {
            b.ToTable("ChangeNotes");
            b.HasKey(e => e.Id);
            b.Property(e => e.ContentItemId).HasMaxLength(26).IsRequired();
            b.Property(e => e.Note).HasMaxLength(1000).IsRequired();
            b.HasIndex(e => e.ContentItemId);
        });
    }
}
