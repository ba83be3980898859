using Bkn.Cms.Data;
using Bkn.Cms.Pkt.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Indexes;

/// <summary>
/// The module's tables. They join the engine's model at run time; their schema is the module's own migrations
/// (Migrations/Sqlite, Migrations/Postgres): change this class, then add a migration for both providers.
/// </summary>
public sealed class PktModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<PktCounter>(b =>
        {
            b.ToTable("PktCounters");
            b.HasKey(e => e.Code);
            b.Property(e => e.Code).HasMaxLength(4);
            b.Property(e => e.Name).HasMaxLength(200).IsRequired();
            b.Property(e => e.LayananContentItemId).HasMaxLength(26);
        });
        modelBuilder.Entity<PktService>(b =>
        {
            b.ToTable("PktServices");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).HasMaxLength(64);
            b.Property(e => e.CounterCode).HasMaxLength(4).IsRequired();
            b.Property(e => e.Name).HasMaxLength(200).IsRequired();
            b.Property(e => e.Requirements).HasMaxLength(4000).IsRequired();
            b.HasIndex(e => e.CounterCode);
        });
        modelBuilder.Entity<PktDesk>(b =>
        {
            b.ToTable("PktDesks");
            b.HasKey(e => e.Code);
            b.Property(e => e.Code).HasMaxLength(8);
            b.Property(e => e.CounterCode).HasMaxLength(4).IsRequired();
            b.Property(e => e.StaffUserName).HasMaxLength(64);
        });
        modelBuilder.Entity<PktHoliday>(b =>
        {
            b.ToTable("PktHolidays");
            b.HasKey(e => e.Date);
            b.Property(e => e.Name).HasMaxLength(200).IsRequired();
        });
        modelBuilder.Entity<PktTicket>(b =>
        {
            b.ToTable("PktTickets");
            b.HasKey(e => e.Id);
            b.Property(e => e.Code).HasMaxLength(32).IsRequired();
            b.Property(e => e.CounterCode).HasMaxLength(4).IsRequired();
            b.Property(e => e.ServiceId).HasMaxLength(64).IsRequired();
            b.Property(e => e.Number).HasMaxLength(16).IsRequired();
            b.Property(e => e.DeskCode).HasMaxLength(8);
            b.Property(e => e.StaffUserName).HasMaxLength(64);
            b.Property(e => e.Nip).HasMaxLength(18);
            b.Property(e => e.Phone).HasMaxLength(20);
            b.Property(e => e.TransferNote).HasMaxLength(500);
            b.Property(e => e.DocumentsReceived).HasMaxLength(4000);
            b.Property(e => e.CaseNotes).HasMaxLength(2000);
            b.HasIndex(e => e.Code).IsUnique();
            b.HasIndex(e => new { e.CounterCode, e.Day, e.Sequence }).IsUnique();
            // Call-next: the longest-waiting regular or priority walk-in, the earliest appointment slot, the last calls.
            // Every queue query names the day, so no index leaves it out (each index on the status is one more write
            // per call, and one more plan the planner can mistake for a good one while its statistics are stale).
            b.HasIndex(e => new { e.CounterCode, e.Day, e.Status, e.Priority, e.QueueUtc });
            b.HasIndex(e => new { e.CounterCode, e.Day, e.Status, e.SlotStartUtc });
            b.HasIndex(e => new { e.CounterCode, e.Day, e.CalledUtc });
            // The ticket a desk has called or is serving.
            b.HasIndex(e => new { e.DeskCode, e.Status });
            b.HasIndex(e => e.IssuedUtc);
            // The monthly report reads only this index (counts per day, counter, service and status; the two durations).
            b.HasIndex(e => new { e.CounterCode, e.Day, e.ServiceId, e.Status, e.TransferredFromId, e.AppointmentId, e.IssuedUtc, e.CalledUtc, e.StartedUtc, e.FinishedUtc, e.EstimateLowMinutes, e.EstimateHighMinutes }, "IX_PktTickets_Report");
            b.Property(e => e.HelpdeskTicketNumber).HasMaxLength(32);
            b.Property(e => e.HelpdeskTicketUrl).HasMaxLength(200);
        });
        modelBuilder.Entity<PktSurvey>(b =>
        {
            b.ToTable("PktSurveys");
            b.HasKey(e => e.Id);
            b.Property(e => e.CounterCode).HasMaxLength(4).IsRequired();
            b.Property(e => e.ServiceId).HasMaxLength(64).IsRequired();
            b.Property(e => e.Month).HasMaxLength(7).IsRequired();
            b.HasIndex(e => e.TicketId).IsUnique();
            b.HasIndex(e => e.Month);
        });
        modelBuilder.Entity<PktAppointment>(b =>
        {
            b.ToTable("PktAppointments");
            b.HasKey(e => e.Id);
            b.Property(e => e.Code).HasMaxLength(32).IsRequired();
            b.Property(e => e.ServiceId).HasMaxLength(64).IsRequired();
            b.Property(e => e.Nip).HasMaxLength(18);
            b.Property(e => e.Phone).HasMaxLength(20);
            b.HasIndex(e => e.Code).IsUnique();
            b.HasIndex(e => new { e.ServiceId, e.Date, e.SlotStart });
        });
    }
}
