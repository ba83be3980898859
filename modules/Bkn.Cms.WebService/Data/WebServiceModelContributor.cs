using Bkn.Cms.Data;
using Bkn.Cms.WebService.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.WebService.Data;

/// <summary>The module's tables: its clients and call audit, and OpenIddict's applications, authorizations, scopes and tokens.</summary>
public sealed class WebServiceModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.UseOpenIddict();

        modelBuilder.Entity<WsClient>(e =>
        {
            e.ToTable("WsClients");
            e.HasKey(c => c.Id);
            e.Property(c => c.ClientId).HasMaxLength(100).IsRequired();
            e.HasIndex(c => c.ClientId).IsUnique();
            e.HasIndex(c => c.AgencyId);
            e.Property(c => c.DisplayName).HasMaxLength(200).IsRequired();
            e.Property(c => c.Scopes).HasMaxLength(200).IsRequired();
            e.Property(c => c.AllowedAddresses).HasMaxLength(4000).IsRequired();
            e.Property(c => c.PreviousSecretHash).HasMaxLength(400);
            e.Property(c => c.CreatedBy).HasMaxLength(256).IsRequired();
            e.Property(c => c.RevokedBy).HasMaxLength(256);
            e.Ignore(c => c.IsRevoked);
        });

        modelBuilder.Entity<WsCall>(e =>
        {
            e.ToTable("WsCalls");
            e.HasKey(c => c.Id);
            e.Property(c => c.ClientId).HasMaxLength(100).IsRequired();
            e.Property(c => c.Endpoint).HasMaxLength(200).IsRequired();
            e.Property(c => c.Address).HasMaxLength(64).IsRequired();
            e.Property(c => c.Refusal).HasMaxLength(20);
            e.HasIndex(c => new { c.AgencyId, c.AtUtc });
            e.HasIndex(c => c.AtUtc);
            e.HasIndex(c => new { c.Refusal, c.AtUtc });
            e.HasIndex(c => c.Key).IsUnique();
        });

        modelBuilder.Entity<WsOnboarding>(e =>
        {
            e.ToTable("WsOnboardings");
            e.HasKey(o => o.Id);
            e.HasIndex(o => new { o.AgencyId, o.Stage });
            e.HasIndex(o => new { o.Stage, o.StageChangedUtc });
            e.Property(o => o.ContactName).HasMaxLength(200).IsRequired();
            e.Property(o => o.ContactEmail).HasMaxLength(200).IsRequired();
            e.Property(o => o.ContactPhone).HasMaxLength(30).IsRequired();
            e.Property(o => o.PublicAddresses).HasMaxLength(4000).IsRequired();
            e.Property(o => o.RequestedBy).HasMaxLength(256).IsRequired();
            e.Property(o => o.RequestedByUserId).HasMaxLength(450);
            e.Property(o => o.DecidedBy).HasMaxLength(256);
            e.Property(o => o.DecidedByUserId).HasMaxLength(450);
            e.Property(o => o.RefusalReason).HasMaxLength(1000);
            e.Property(o => o.TrainingClientId).HasMaxLength(100);
            e.Property(o => o.ProductionClientId).HasMaxLength(100);
            e.Property(o => o.SealedTrainingSecret).HasMaxLength(2000);
            e.Property(o => o.SealedProductionSecret).HasMaxLength(2000);
            e.Property(o => o.Version).IsConcurrencyToken();
            e.Ignore(o => o.IsOpen);
        });

        modelBuilder.Entity<WsOnboardingEntry>(e =>
        {
            e.ToTable("WsOnboardingEntries");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OnboardingId, x.AtUtc });
            e.Property(x => x.Actor).HasMaxLength(256).IsRequired();
            e.Property(x => x.Text).HasMaxLength(2000).IsRequired();
        });
    }
}
