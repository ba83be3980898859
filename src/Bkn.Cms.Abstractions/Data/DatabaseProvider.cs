namespace Bkn.Cms.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
