using Bkn.Cms.Data;
using Bkn.Cms.Helpdesk.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Indexes;

/// <summary>Helpdesk tables. Queue indexes lead with the filter columns and end with Id for keyset paging.</summary>
public sealed class HelpdeskModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<HelpdeskTicket>(b =>
        {
            b.ToTable("HelpdeskTickets");
            b.HasKey(t => t.Id);
            b.Property(t => t.Number).HasMaxLength(32).IsRequired();
            b.Property(t => t.ContentItemId).HasMaxLength(26).IsRequired();
            b.Property(t => t.SubmissionKey).HasMaxLength(64).IsRequired();
            b.Property(t => t.CategoryId).HasMaxLength(64).IsRequired();
            b.Property(t => t.TeamId).HasMaxLength(64).IsRequired();
            b.Property(t => t.AssigneeId).HasMaxLength(64);
            b.Property(t => t.AssigneeName).HasMaxLength(256);
            b.Property(t => t.NikHash).HasMaxLength(64);
            b.Property(t => t.NikMasked).HasMaxLength(16);
            b.Property(t => t.ApplicantName).HasMaxLength(100);
            b.Property(t => t.Email).HasMaxLength(254);
            b.Property(t => t.Summary).HasMaxLength(300);
            b.Property(t => t.EscalatedTo).HasMaxLength(256);
            b.Property(t => t.MergedInto).HasMaxLength(32);

            // Two operators changing the same ticket's status at once: the second save is refused, counts stay exact.
            b.Property(t => t.Status).IsConcurrencyToken();
            b.HasIndex(t => t.Number).IsUnique();
            b.HasIndex(t => t.ContentItemId).IsUnique();
            b.HasIndex(t => t.SubmissionKey).IsUnique();
            b.HasIndex(t => new { t.TeamId, t.Status, t.Id });
            b.HasIndex(t => new { t.Status, t.Id });
            b.HasIndex(t => new { t.AssigneeId, t.Status, t.Id });
            b.HasIndex(t => new { t.CategoryId, t.Status, t.Id });
            b.HasIndex(t => new { t.Status, t.DueUtc });
            b.HasIndex(t => new { t.Status, t.LastActivityUtc });
            b.HasIndex(t => new { t.NikHash, t.CategoryId });
            b.HasIndex(t => t.CreatedUtc);
            b.HasIndex(t => new { t.Overdue, t.Status, t.Id });
            b.HasIndex(t => t.ClosedUtc);
        });
        modelBuilder.Entity<HelpdeskMessage>(b =>
        {
            b.ToTable("HelpdeskMessages");
            b.HasKey(m => m.Id);
            b.Property(m => m.AuthorId).HasMaxLength(64);
            b.Property(m => m.AuthorName).HasMaxLength(256).IsRequired();
            b.Property(m => m.Body).HasMaxLength(5000).IsRequired();
            b.HasIndex(m => new { m.TicketId, m.Id });
        });
        modelBuilder.Entity<HelpdeskAttachment>(b =>
        {
            b.ToTable("HelpdeskAttachments");
            b.HasKey(a => a.Id);
            b.Property(a => a.Kind).HasMaxLength(16).IsRequired();
            b.Property(a => a.ContentType).HasMaxLength(64).IsRequired();
            b.Property(a => a.StoragePath).HasMaxLength(260).IsRequired();
            b.HasIndex(a => a.TicketId);
        });
        modelBuilder.Entity<HelpdeskCategory>(b =>
        {
            b.ToTable("HelpdeskCategories");
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).HasMaxLength(64);
            b.Property(c => c.Name).HasMaxLength(200).IsRequired();
            b.Property(c => c.Description).HasMaxLength(1000);
            b.Property(c => c.TeamId).HasMaxLength(64).IsRequired();
        });
        modelBuilder.Entity<HelpdeskTeam>(b =>
        {
            b.ToTable("HelpdeskTeams");
            b.HasKey(t => t.Id);
            b.Property(t => t.Id).HasMaxLength(64);
            b.Property(t => t.Name).HasMaxLength(200).IsRequired();
            b.Property(t => t.SupervisorUserName).HasMaxLength(256);
        });
        modelBuilder.Entity<HelpdeskCannedAnswer>(b =>
        {
            b.ToTable("HelpdeskCannedAnswers");
            b.HasKey(c => c.Id);
            b.Property(c => c.Title).HasMaxLength(200).IsRequired();
            b.Property(c => c.Body).HasMaxLength(5000).IsRequired();
            b.Property(c => c.CategoryId).HasMaxLength(64);
        });
        modelBuilder.Entity<HelpdeskFaq>(b =>
        {
            b.ToTable("HelpdeskFaqs");
            b.HasKey(f => f.Id);
            b.Property(f => f.Question).HasMaxLength(500).IsRequired();
            b.Property(f => f.Answer).HasMaxLength(5000).IsRequired();
            b.Property(f => f.CategoryId).HasMaxLength(64);
        });
        modelBuilder.Entity<HelpdeskCounter>(b =>
        {
            b.ToTable("HelpdeskCounters");
            b.HasKey(c => c.Year);
            b.Property(c => c.Year).ValueGeneratedNever();
        });
        modelBuilder.Entity<HelpdeskQueueCount>(b =>
        {
            b.ToTable("HelpdeskQueueCounts");
            b.HasKey(c => new { c.TeamId, c.Status });
            b.Property(c => c.TeamId).HasMaxLength(64);
        });
        modelBuilder.Entity<HelpdeskCaptchaUse>(b =>
        {
            b.ToTable("HelpdeskCaptchaUses");
            b.HasKey(c => c.Nonce);
            b.Property(c => c.Nonce).HasMaxLength(32);
            b.HasIndex(c => c.ExpiresUtc);
        });
    }
}
