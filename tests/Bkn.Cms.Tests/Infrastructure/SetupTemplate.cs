using Bkn.Cms.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bkn.Cms.Tests.Infrastructure;

/// <summary>
/// One database per test process on which the default setup recipe has run (all modules' sample data), copied for
/// every host that would otherwise run the same setup again: SQLite by copying the data folder, PostgreSQL by
/// <c>CREATE DATABASE … TEMPLATE</c> plus a copy of the data folder (search index, private files).
/// The sample data is dated relative to the day of setup (queue history, periods, helpdesk deadlines), so the template
/// is made again when the day in Jakarta (WIB, UTC+7, the site's time zone) has changed since it was made; a copy is
/// then never older than a setup that started the same day.
/// </summary>
internal static class SetupTemplate
{
    private static readonly Lock Gate = new();
    private static Template? _current;

    static SetupTemplate() => AppDomain.CurrentDomain.ProcessExit += (_, _) => _current?.Delete();

    public static TestDatabase CopyDatabase()
    {
        lock (Gate)
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
            if (_current is null || _current.Day != today)
            {
                _current?.Delete();
                _current = null;
                _current = Template.Create(today);
            }

            return _current.Copy();
        }
    }

    private sealed class Template(DateOnly day, TestDatabase database)
    {
        public DateOnly Day { get; } = day;

        public static Template Create(DateOnly day)
        {
            var database = TestDatabase.Create();

            // Off the test's synchronisation context: the host's start and stop are asynchronous underneath.
            Task.Run(async () =>
            {
                await using var factory = new CmsFactory(database);
                _ = factory.Server;
            }).GetAwaiter().GetResult();

            // Every connection to the template must be closed: SQLite then has its whole state in the folder, and
            // PostgreSQL copies a database only while nobody is connected to it.
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                SqliteConnection.ClearAllPools();
            }
            else
            {
                NpgsqlConnection.ClearAllPools();
            }

            return new Template(day, database);
        }

        public TestDatabase Copy()
        {
            var dataPath = TestDatabase.NewDataPath();
            CopyFolder(database.DataPath, dataPath);
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                return new TestDatabase(DatabaseProvider.Sqlite, TestDatabase.SqliteConnectionString(dataPath), dataPath, null);
            }

            var name = TestDatabase.NewPostgresName();
            using var connection = new NpgsqlConnection(TestDatabase.PostgresServer);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE \"{database.PostgresName}\"";
            command.CommandTimeout = 120;
            command.ExecuteNonQuery();
            return new TestDatabase(DatabaseProvider.Postgres, TestDatabase.PostgresConnectionString(name), dataPath, name);
        }

        public void Delete()
        {
            try
            {
                database.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (NpgsqlException)
            {
                // The server may already be gone when the process ends; a left-over test database is harmless.
            }
        }

        private static void CopyFolder(string from, string to)
        {
            foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            {
                Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
            }

            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
            }
        }
    }
}
