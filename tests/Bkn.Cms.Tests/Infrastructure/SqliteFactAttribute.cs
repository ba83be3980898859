namespace Bkn.Cms.Tests.Infrastructure;

/// <summary>
/// A test that does not depend on the database provider and is too slow to run twice: it runs when BKN_TEST_DB is
/// unset or <c>sqlite</c>, and is skipped in the PostgreSQL pass of tests/run.sh.
/// </summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.UsePostgres)
        {
            Skip = "Provider-independent and slow: runs only in the SQLite pass (BKN_TEST_DB unset or sqlite).";
        }
    }
}
