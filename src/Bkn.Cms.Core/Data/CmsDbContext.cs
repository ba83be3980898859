using Bkn.Cms.Modules;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>
/// The one EF Core context of the platform. Engine tables are declared here; modules add theirs through
/// <see cref="IModelContributor"/>, so one transaction spans engine and module tables. Each database provider has a
/// runtime subclass; migrations are split (ADR 0011): the engine's tables are migrated through
/// <see cref="SqliteEngineMigrationsContext"/> / <see cref="PostgresEngineMigrationsContext"/>, each module's through
/// its own <see cref="ModuleMigrationsContext"/>s.
/// </summary>
public abstract class CmsDbContext : IdentityDbContext<CmsUser, CmsRole, string>, ICmsDbContext
{
    protected CmsDbContext(DbContextOptions options)
        : base(options)
    {
        // No SAVEPOINT/RELEASE around every SaveChanges inside a transaction (two round trips each on PostgreSQL, a
        // third of a workflow start): no code here recovers from a failed save and goes on in the same transaction —
        // a failed save rolls the whole transaction back (UnitOfWork, HelpdeskIntake).
        Database.AutoSavepointsEnabled = false;
    }

    public abstract DatabaseProvider Provider { get; }

    DbContext ICmsDbContext.Context => this;

    /// <summary>False for the engine's migrations contexts: module tables belong to the modules' migrations.</summary>
    protected virtual bool IncludesModuleEntities => true;

    /// <summary>Going back to the pool (or away): commit work noted without a commit is dropped, never carried to the next scope.</summary>
    public override void Dispose()
    {
        CommitWork.Forget(this);
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        CommitWork.Forget(this);
        return base.DisposeAsync();
    }

    public DbSet<UnitRecord> Units => Set<UnitRecord>();

    public DbSet<FeatureStateRecord> FeatureStates => Set<FeatureStateRecord>();

    public DbSet<UnitFeatureStateRecord> UnitFeatureStates => Set<UnitFeatureStateRecord>();

    public DbSet<RolePermissionRecord> RolePermissions => Set<RolePermissionRecord>();

    public DbSet<SiteSettingRecord> SiteSettings => Set<SiteSettingRecord>();

    public DbSet<StateStampRecord> StateStamps => Set<StateStampRecord>();

    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();

    public DbSet<ContentTypeDefinitionRecord> ContentTypeDefinitions => Set<ContentTypeDefinitionRecord>();

    public DbSet<WorkflowTypeRecord> WorkflowTypes => Set<WorkflowTypeRecord>();

    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();

    public DbSet<WorkflowBlockingActivityRecord> WorkflowBlockingActivities => Set<WorkflowBlockingActivityRecord>();

    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<CmsUser>(b =>
        {
            b.Property(u => u.DisplayName).HasMaxLength(200);
            b.HasIndex(u => u.UnitId);
        });
        builder.Entity<CmsRole>(b => b.Property(r => r.Description).HasMaxLength(500));

        builder.Entity<UnitRecord>(b =>
        {
            b.ToTable("Units");
            b.HasKey(u => u.Id);
            b.Property(u => u.Code).HasMaxLength(64).IsRequired();
            b.Property(u => u.Name).HasMaxLength(300).IsRequired();
            b.Property(u => u.Kind).HasMaxLength(64);
            b.HasIndex(u => u.Code).IsUnique();
            b.HasIndex(u => u.ParentId);
            b.HasOne<UnitRecord>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<FeatureStateRecord>(b =>
        {
            b.ToTable("FeatureStates");
            b.HasKey(f => f.FeatureId);
            b.Property(f => f.FeatureId).HasMaxLength(128);
        });

        builder.Entity<UnitFeatureStateRecord>(b =>
        {
            b.ToTable("UnitFeatureStates");
            b.HasKey(f => new { f.UnitId, f.FeatureId });
            b.Property(f => f.FeatureId).HasMaxLength(128);
            b.HasOne<UnitRecord>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<RolePermissionRecord>(b =>
        {
            b.ToTable("RolePermissions");
            b.HasKey(p => new { p.RoleId, p.Permission });
            b.Property(p => p.Permission).HasMaxLength(128);
            b.HasOne<CmsRole>().WithMany().HasForeignKey(p => p.RoleId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SiteSettingRecord>(b =>
        {
            b.ToTable("SiteSettings");
            b.HasKey(s => s.Key);
            b.Property(s => s.Key).HasMaxLength(128);
        });

        builder.Entity<StateStampRecord>(b =>
        {
            b.ToTable("StateStamps");
            b.HasKey(s => s.Name);
            b.Property(s => s.Name).HasMaxLength(64);
        });

        builder.Entity<DataProtectionKeyRecord>(b =>
        {
            b.ToTable("DataProtectionKeys");
            b.Property(k => k.FriendlyName).HasMaxLength(200);
        });

        builder.Entity<ContentItemRecord>(b =>
        {
            b.ToTable("ContentItems");
            b.HasKey(c => c.Id);
            b.Property(c => c.ContentItemId).HasMaxLength(26).IsRequired();
            b.Property(c => c.ContentItemVersionId).HasMaxLength(26).IsRequired();
            b.Property(c => c.ContentType).HasMaxLength(128).IsRequired();
            b.Property(c => c.DisplayText).HasMaxLength(1000);
            b.Property(c => c.Owner).HasMaxLength(64);
            b.Property(c => c.Author).HasMaxLength(64);
            b.Property(c => c.RowVersion).IsConcurrencyToken();
            if (Provider == DatabaseProvider.Postgres)
            {
                b.Property(c => c.Data).HasColumnType("jsonb");
            }

            b.HasIndex(c => c.ContentItemVersionId).IsUnique();
            b.HasIndex(c => new { c.ContentItemId, c.Latest });
            b.HasIndex(c => new { c.ContentItemId, c.Published });

            // Keyset paging of the admin list reads only live rows (latest, not deleted). Partial indexes on exactly
            // that predicate let both SQLite and PostgreSQL walk the sort order instead of sorting every row
            // (measured in docs/PERFORMANCE.md: SQLite first page 179 ms -> 1 ms at 100,000 items).
            const string live = "\"Latest\" AND NOT \"Deleted\"";
            b.HasIndex(c => new { c.ModifiedUtc, c.Id }).HasFilter(live).HasDatabaseName("IX_ContentItems_Live_Modified");
            b.HasIndex(c => new { c.ContentType, c.ModifiedUtc, c.Id }).HasFilter(live).HasDatabaseName("IX_ContentItems_Live_Type_Modified");
            b.HasIndex(c => new { c.UnitId, c.ModifiedUtc, c.Id }).HasFilter(live).HasDatabaseName("IX_ContentItems_Live_Unit_Modified");
            b.HasIndex(c => new { c.CreatedUtc, c.Id }).HasFilter(live).HasDatabaseName("IX_ContentItems_Live_Created");
            b.HasIndex(c => new { c.ContentType, c.CreatedUtc, c.Id }).HasFilter(live).HasDatabaseName("IX_ContentItems_Live_Type_Created");
            b.HasIndex(c => new { c.ContentType, c.DisplayText, c.Id }).HasFilter(live).HasDatabaseName("IX_ContentItems_Live_Type_Title");
            b.HasIndex(c => new { c.DisplayText, c.Id }).HasFilter(live).HasDatabaseName("IX_ContentItems_Live_Title");
        });

        builder.Entity<ContentTypeDefinitionRecord>(b =>
        {
            b.ToTable("ContentTypeDefinitions");
            b.HasKey(d => d.Name);
            b.Property(d => d.Name).HasMaxLength(128);
        });

        ConfigureWorkflows(builder);

        if (!IncludesModuleEntities)
        {
            return;
        }

        foreach (var contributor in ModelContributors.Value)
        {
            contributor.Configure(builder, Provider);
        }
    }

    private void ConfigureWorkflows(ModelBuilder builder)
    {
        var json = Provider == DatabaseProvider.Postgres ? "jsonb" : null;
        builder.Entity<WorkflowTypeRecord>(b =>
        {
            b.ToTable("WorkflowTypes");
            b.HasKey(t => t.Id);
            b.Property(t => t.WorkflowTypeId).HasMaxLength(64).IsRequired();
            b.Property(t => t.Name).HasMaxLength(200).IsRequired();
            b.Property(t => t.CreatedBy).HasMaxLength(64);
            b.HasIndex(t => new { t.WorkflowTypeId, t.Version }).IsUnique();
            b.HasIndex(t => t.WorkflowTypeId).HasFilter("\"IsLatest\"").IsUnique().HasDatabaseName("IX_WorkflowTypes_Latest");
        });

        builder.Entity<WorkflowInstanceRecord>(b =>
        {
            b.ToTable("WorkflowInstances");
            b.HasKey(i => i.Id);
            b.Property(i => i.InstanceId).HasMaxLength(26).IsRequired();
            b.Property(i => i.WorkflowTypeId).HasMaxLength(64).IsRequired();
            b.Property(i => i.CorrelationId).HasMaxLength(64);
            b.Property(i => i.FaultMessage).HasMaxLength(2000);
            if (json is not null)
            {
                b.Property(i => i.State).HasColumnType(json);
                b.Property(i => i.Journal).HasColumnType(json);
            }

            b.HasIndex(i => i.InstanceId).IsUnique();
            b.HasIndex(i => new { i.WorkflowTypeId, i.Status, i.Id });
            b.HasIndex(i => new { i.Status, i.Id });
            b.HasIndex(i => new { i.CorrelationId, i.WorkflowTypeId });
            b.HasIndex(i => new { i.Status, i.FinishedUtc });
            b.HasOne<WorkflowTypeRecord>().WithMany().HasForeignKey(i => i.TypeVersionId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<WorkflowBlockingActivityRecord>(b =>
        {
            b.ToTable("WorkflowBlockingActivities");
            b.HasKey(a => a.Id);
            b.Property(a => a.WorkflowTypeId).HasMaxLength(64).IsRequired();
            b.Property(a => a.ActivityId).HasMaxLength(64).IsRequired();
            b.Property(a => a.ActivityName).HasMaxLength(128).IsRequired();
            b.Property(a => a.CorrelationId).HasMaxLength(64);
            b.Property(a => a.ClaimToken).HasMaxLength(32);
            b.HasIndex(a => new { a.ActivityName, a.CorrelationId });
            b.HasIndex(a => a.InstanceRowId);
            b.HasIndex(a => a.DueUtc).HasFilter("\"DueUtc\" IS NOT NULL").HasDatabaseName("IX_WorkflowBlockingActivities_Due");
            b.HasOne<WorkflowInstanceRecord>().WithMany().HasForeignKey(a => a.InstanceRowId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<WorkflowTypeRecord>().WithMany().HasForeignKey(a => a.TypeVersionId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<NotificationRecord>(b =>
        {
            b.ToTable("Notifications");
            b.HasKey(n => n.Id);
            b.Property(n => n.UserId).HasMaxLength(64).IsRequired();
            b.Property(n => n.Text).HasMaxLength(1000).IsRequired();
            b.Property(n => n.Url).HasMaxLength(1000);
            b.HasIndex(n => new { n.UserId, n.ReadUtc, n.Id });
        });
    }

    private static readonly Lazy<IReadOnlyList<IModelContributor>> ModelContributors = new(() =>
        [.. ModuleCatalog.Default.Modules.SelectMany(m => ModuleMigrationsContext.ModelContributors(m.Assembly))]);
}
