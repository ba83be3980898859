using Bkn.Cms.Data;
using Bkn.Cms.Sop.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Indexes;

/// <summary>
/// The module's tables. They join the engine's model at run time; their schema is the module's own migrations
/// (Migrations/Sqlite, Migrations/Postgres): change this class, then add a migration for both providers.
/// </summary>
public sealed class SopModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<SopDocument>(b =>
        {
            b.ToTable("SopDocuments");
            b.HasKey(e => e.Id);
            b.Property(e => e.Nomor).HasMaxLength(SopDocument.NomorLength).IsRequired();
            b.Property(e => e.Nama).HasMaxLength(SopDocument.NamaLength).IsRequired();
            b.Property(e => e.DisahkanJabatan).HasMaxLength(200).IsRequired();
            b.Property(e => e.DisahkanNama).HasMaxLength(200).IsRequired();
            b.Property(e => e.DisahkanNip).HasMaxLength(18).IsRequired();
            b.Property(e => e.DasarHukum).HasMaxLength(SopDocument.TextLength).IsRequired();
            b.Property(e => e.Keterkaitan).HasMaxLength(SopDocument.TextLength).IsRequired();
            b.Property(e => e.Peringatan).HasMaxLength(SopDocument.TextLength).IsRequired();
            b.Property(e => e.KualifikasiPelaksana).HasMaxLength(SopDocument.TextLength).IsRequired();
            b.Property(e => e.Peralatan).HasMaxLength(SopDocument.TextLength).IsRequired();
            b.Property(e => e.Pencatatan).HasMaxLength(SopDocument.TextLength).IsRequired();
            b.Property(e => e.FlowchartJson).IsRequired();
            b.Property(e => e.NotesJson).IsRequired();
            b.Property(e => e.SearchText).IsRequired();
            b.Property(e => e.Stamp).IsConcurrencyToken();
            b.HasIndex(e => new { e.UnitId, e.Status });
            b.HasIndex(e => new { e.UnitId, e.Nomor });
            b.HasIndex(e => e.SeriesId);
            b.HasIndex(e => e.Status);
        });

        modelBuilder.Entity<SopJobTitle>(b =>
        {
            b.ToTable("SopJobTitles");
            b.HasKey(e => e.Id);
            b.Property(e => e.Title).HasMaxLength(SopJobTitle.TitleLength).IsRequired();
            b.HasIndex(e => new { e.UnitId, e.Title }).IsUnique();
        });

        modelBuilder.Entity<SopEvent>(b =>
        {
            b.ToTable("SopEvents");
            b.HasKey(e => e.Id);
            b.Property(e => e.UserName).HasMaxLength(200).IsRequired();
            b.Property(e => e.Note).HasMaxLength(SopDocument.TextLength).IsRequired();
            b.HasIndex(e => e.SopId);
        });

        modelBuilder.Entity<SopMeeting>(b =>
        {
            b.ToTable("SopMeetings");
            b.HasKey(e => e.Id);
            b.Property(e => e.Participants).HasMaxLength(SopDocument.TextLength).IsRequired();
            b.Property(e => e.Notes).HasMaxLength(SopDocument.TextLength).IsRequired();
            b.HasIndex(e => new { e.UnitId, e.Date });
        });

        modelBuilder.Entity<SopFinding>(b =>
        {
            b.ToTable("SopFindings");
            b.HasKey(e => e.Id);
            b.Property(e => e.Catatan).HasMaxLength(SopDocument.TextLength).IsRequired();
            b.HasIndex(e => e.MeetingId);
            b.HasIndex(e => e.SopId);
        });

        modelBuilder.Entity<SopUnitAssessment>(b =>
        {
            b.ToTable("SopUnitAssessments");
            b.HasKey(e => e.Id);
            b.HasIndex(e => new { e.UnitId, e.Year }).IsUnique();
        });

        modelBuilder.Entity<SopReviewRound>(b =>
        {
            b.ToTable("SopReviewRounds");
            b.HasKey(e => e.Id);
            b.Property(e => e.Period).HasMaxLength(SopReviewRound.PeriodLength).IsRequired();
            b.Property(e => e.CompletedBy).HasMaxLength(200).IsRequired();
            b.HasIndex(e => new { e.UnitId, e.Kind, e.Period }).IsUnique();
        });

        modelBuilder.Entity<SopReviewEntry>(b =>
        {
            b.ToTable("SopReviewEntries");
            b.HasKey(e => e.Id);
            b.Property(e => e.Catatan).HasMaxLength(SopDocument.TextLength).IsRequired();
            b.Property(e => e.Tindakan).HasMaxLength(SopDocument.TextLength).IsRequired();
            b.Property(e => e.AnswersJson).IsRequired();
            b.HasIndex(e => new { e.RoundId, e.SopId }).IsUnique();
        });
    }
}
