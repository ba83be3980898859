namespace Bkn.Cms.Tests.Infrastructure;

/// <summary>A test of an interleaving only PostgreSQL allows; skipped on SQLite with that reason.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute(string whyOnlyPostgres)
    {
        if (!TestDatabase.UsePostgres)
        {
            Skip = "PostgreSQL only (BKN_TEST_DB=postgres): " + whyOnlyPostgres;
        }
    }
}
