using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>The run-time context on PostgreSQL (engine and module entities).</summary>
public sealed class PostgresCmsDbContext(DbContextOptions<PostgresCmsDbContext> options) : CmsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
