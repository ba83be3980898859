using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Bkn.Cms.Data;

/// <summary>
/// The platform's one EF Core context as modules see it: the engine tables modules may work with, any entity of the
/// model through <see cref="Set{T}"/> (module tables come from <see cref="IModelContributor"/>s), and the provider.
/// Injected per scope; it is the same context (and transaction) as the <see cref="DbContext"/> service.
/// </summary>
public interface ICmsDbContext
{
    DatabaseProvider Provider { get; }

    DatabaseFacade Database { get; }

    /// <summary>The context itself, for APIs that take a <see cref="DbContext"/> (index providers, stamps, commit work).</summary>
    DbContext Context { get; }

    DbSet<CmsUser> Users { get; }

    DbSet<CmsRole> Roles { get; }

    DbSet<IdentityUserRole<string>> UserRoles { get; }

    DbSet<UnitRecord> Units { get; }

    DbSet<RolePermissionRecord> RolePermissions { get; }

    DbSet<WorkflowTypeRecord> WorkflowTypes { get; }

    DbSet<WorkflowInstanceRecord> WorkflowInstances { get; }

    DbSet<WorkflowBlockingActivityRecord> WorkflowBlockingActivities { get; }

    DbSet<NotificationRecord> Notifications { get; }

    DbSet<TEntity> Set<TEntity>()
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
