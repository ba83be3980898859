using Bkn.Cms.Data;
using Bkn.Cms.Kepegawaian.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Kepegawaian.Indexes;

/// <summary>
/// The module's tables (keyed by NIP where the shared personnel record holds nothing: SKP, penalties, family data;
/// nominative lists, corrections, dossiers and their history). Change this class, then add a migration for both providers.
/// </summary>
public sealed class KepegawaianModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<KpoSkp>(b =>
        {
            b.ToTable("KpoSkp");
            b.Property(e => e.Nip).HasMaxLength(18);
            b.HasIndex(e => new { e.Nip, e.Year }).IsUnique();
        });
        modelBuilder.Entity<KpoHukdis>(b =>
        {
            b.ToTable("KpoHukdis");
            b.Property(e => e.Nip).HasMaxLength(18);
            b.Property(e => e.Keterangan).HasMaxLength(500);
            b.HasIndex(e => e.Nip);
        });
        modelBuilder.Entity<KpoKeluarga>(b =>
        {
            b.ToTable("KpoKeluarga");
            b.HasKey(e => e.Nip);
            b.Property(e => e.Nip).HasMaxLength(18);
            b.Property(e => e.Pasangan).HasMaxLength(200);
            b.Property(e => e.AlamatPensiun).HasMaxLength(500);
        });
        modelBuilder.Entity<KpoDaftar>(b =>
        {
            b.ToTable("KpoDaftar");
            b.HasIndex(e => new { e.AgencyId, e.Period }).IsUnique();
        });
        modelBuilder.Entity<KpoNominatif>(b =>
        {
            b.ToTable("KpoNominatif");
            b.Property(e => e.Nip).HasMaxLength(18);
            b.Property(e => e.Nama).HasMaxLength(200);
            b.Property(e => e.Golongan).HasMaxLength(8);
            b.Property(e => e.GolonganBaru).HasMaxLength(8);
            b.Property(e => e.AtasanGolongan).HasMaxLength(8);
            b.Property(e => e.Jabatan).HasMaxLength(300);
            b.Property(e => e.Unor).HasMaxLength(300);
            b.Property(e => e.Alasan).HasMaxLength(KpoNominatif.ReasonsLength);
            b.HasIndex(e => new { e.AgencyId, e.Period, e.Jenis });
            b.HasIndex(e => new { e.Period, e.Nip });
        });
        modelBuilder.Entity<KpoKoreksi>(b =>
        {
            b.ToTable("KpoKoreksi");
            b.Property(e => e.Nip).HasMaxLength(18);
            b.Property(e => e.Field).HasMaxLength(40);
            b.Property(e => e.OldValue).HasMaxLength(500);
            b.Property(e => e.NewValue).HasMaxLength(500);
            b.Property(e => e.Keterangan).HasMaxLength(1000);
            b.Property(e => e.AlasanTolak).HasMaxLength(1000);
            b.Property(e => e.DocumentPath).HasMaxLength(200);
            b.Property(e => e.DocumentType).HasMaxLength(40);
            b.Property(e => e.CreatedBy).HasMaxLength(64);
            b.Property(e => e.DecidedBy).HasMaxLength(64);
            b.HasIndex(e => new { e.Status, e.AgencyId });
            b.HasIndex(e => new { e.Period, e.Nip });
        });
        modelBuilder.Entity<KpoUsulan>(b =>
        {
            b.ToTable("KpoUsulan");
            b.Property(e => e.Nomor).HasMaxLength(40);
            b.Property(e => e.Nip).HasMaxLength(18);
            b.Property(e => e.Nama).HasMaxLength(200);
            b.Property(e => e.Golongan).HasMaxLength(8);
            b.Property(e => e.GolonganBaru).HasMaxLength(8);
            b.Property(e => e.Alasan).HasMaxLength(2000);
            b.Property(e => e.Kekurangan).HasMaxLength(500);
            b.Property(e => e.PertekNomor).HasMaxLength(100);
            b.Property(e => e.SkNomor).HasMaxLength(100);
            b.Property(e => e.Version).IsConcurrencyToken();
            b.HasIndex(e => e.Nomor).IsUnique();
            b.HasIndex(e => new { e.Nip, e.Period }).IsUnique();
            b.HasIndex(e => new { e.AgencyId, e.Period, e.Status });
            b.HasIndex(e => new { e.Status, e.DueUtc });
            // The verifier queue reads in due order, over all agencies or within one (agency users always are).
            b.HasIndex(e => new { e.DueUtc, e.Id });
            b.HasIndex(e => new { e.AgencyId, e.DueUtc, e.Id });
        });
        modelBuilder.Entity<KpoDokumen>(b =>
        {
            b.ToTable("KpoDokumen");
            b.Property(e => e.Item).HasMaxLength(40);
            b.Property(e => e.FileName).HasMaxLength(200);
            b.Property(e => e.ContentType).HasMaxLength(40);
            b.Property(e => e.StoragePath).HasMaxLength(200);
            b.HasIndex(e => new { e.UsulanId, e.Item });
        });
        modelBuilder.Entity<KpoRiwayat>(b =>
        {
            b.ToTable("KpoRiwayat");
            b.Property(e => e.UserId).HasMaxLength(64);
            b.Property(e => e.UserName).HasMaxLength(256);
            b.Property(e => e.Catatan).HasMaxLength(2000);
            b.HasIndex(e => e.UsulanId);
        });
    }
}
