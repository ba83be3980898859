using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>The context on PostgreSQL; its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresCmsDbContext(DbContextOptions<PostgresCmsDbContext> options) : CmsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
