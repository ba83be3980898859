using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Agencies.Indexes;

/// <summary>
/// The module's tables: the registry, its integration history and yearly targets, agency users, personnel records and
/// their corrections. Change this class, then add a migration for both providers.
/// </summary>
public sealed class AgenciesModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<AgencyRecord>(b =>
        {
            b.ToTable("Agencies");
            b.HasKey(e => e.Id);
            b.Ignore(e => e.Integrated);
            b.Property(e => e.Code).HasMaxLength(AgencyRecord.CodeLength).IsRequired();
            b.Property(e => e.Name).HasMaxLength(AgencyRecord.NameLength).IsRequired();
            b.Property(e => e.ShortName).HasMaxLength(80).IsRequired();
            b.Property(e => e.Region).HasMaxLength(80).IsRequired();
            b.Property(e => e.RegionalOffice).HasMaxLength(80).IsRequired();
            b.Property(e => e.Address).HasMaxLength(AgencyRecord.TextLength).IsRequired();
            b.Property(e => e.ContactName).HasMaxLength(AgencyRecord.TextLength).IsRequired();
            b.Property(e => e.ContactEmail).HasMaxLength(AgencyRecord.TextLength).IsRequired();
            b.Property(e => e.ContactPhone).HasMaxLength(40).IsRequired();
            b.HasIndex(e => e.Code).IsUnique();
            b.HasIndex(e => new { e.Kind, e.Name });
            b.HasIndex(e => e.ParentId);
        });

        modelBuilder.Entity<AgencyStatusChange>(b =>
        {
            b.ToTable("AgencyStatusChanges");
            b.HasKey(e => e.Id);
            b.Property(e => e.UserId).HasMaxLength(450);
            b.Property(e => e.UserName).HasMaxLength(256).IsRequired();
            b.Property(e => e.Field).HasMaxLength(80).IsRequired();
            b.Property(e => e.OldValue).HasMaxLength(200).IsRequired();
            b.Property(e => e.NewValue).HasMaxLength(200).IsRequired();
            b.HasIndex(e => new { e.AgencyId, e.Id });
        });

        modelBuilder.Entity<AgencyTarget>(b =>
        {
            b.ToTable("AgencyTargets");
            b.HasKey(e => e.Year);
            b.Property(e => e.Year).ValueGeneratedNever();
        });

        modelBuilder.Entity<AgencyMembership>(b =>
        {
            b.ToTable("AgencyMemberships");
            b.HasKey(e => e.UserId);
            b.Property(e => e.UserId).HasMaxLength(450);
            b.HasIndex(e => e.AgencyId);
        });

        modelBuilder.Entity<PersonnelRow>(b =>
        {
            b.ToTable("PersonnelRecords");
            b.HasKey(e => new { e.Dataset, e.Nip });
            b.Property(e => e.Nip).HasMaxLength(18);
            b.Property(e => e.Name).HasMaxLength(200).IsRequired();
            b.Property(e => e.Gender).HasMaxLength(1).IsRequired();
            b.Property(e => e.Golongan).HasMaxLength(8).IsRequired();
            b.Property(e => e.Jabatan).HasMaxLength(200).IsRequired();
            b.Property(e => e.Unor).HasMaxLength(200).IsRequired();
            b.Property(e => e.Pendidikan).HasMaxLength(200).IsRequired();
            b.Property(e => e.Agama).HasMaxLength(40).IsRequired();
            b.Property(e => e.Kppn).HasMaxLength(80).IsRequired();
            b.Property(e => e.AtasanNip).HasMaxLength(18);
            b.Property(e => e.Status).HasMaxLength(20).IsRequired();

            // The synchronisation feed pages an agency's changes by (UpdatedUtc, Nip); nominative lists read by NIP.
            b.HasIndex(e => new { e.AgencyId, e.Dataset, e.UpdatedUtc, e.Nip });
            b.HasIndex(e => new { e.AgencyId, e.Dataset, e.Nip });
            b.HasIndex(e => e.Nip);
        });

        modelBuilder.Entity<PersonnelCorrection>(b =>
        {
            b.ToTable("PersonnelCorrections");
            b.HasKey(e => e.Id);
            b.Property(e => e.Nip).HasMaxLength(18).IsRequired();
            b.Property(e => e.Field).HasMaxLength(40).IsRequired();
            b.Property(e => e.OldValue).HasMaxLength(200);
            b.Property(e => e.NewValue).HasMaxLength(200);
            b.Property(e => e.ActorUserId).HasMaxLength(450).IsRequired();
            b.Property(e => e.Reason).HasMaxLength(500).IsRequired();
            b.HasIndex(e => new { e.Nip, e.Id });
        });
    }
}
