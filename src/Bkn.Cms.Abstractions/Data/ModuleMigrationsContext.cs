using System.Reflection;
using Bkn.Cms.Modules;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>
/// The schema of one module, for its own EF Core migrations (ADR 0011). A module with tables declares one subclass
/// per provider (<see cref="SqliteModuleMigrationsContext"/>, <see cref="PostgresModuleMigrationsContext"/>) in its
/// Migrations folder; the model holds exactly the entities of the <see cref="IModelContributor"/>s in that module's
/// assembly, and its applied migrations are recorded in the module's own history table. These contexts only migrate:
/// at run time every entity lives in the one engine context, so index rows commit with their documents.
/// </summary>
public abstract class ModuleMigrationsContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Prefix of every module's history table; the engine keeps EF Core's default __EFMigrationsHistory.</summary>
    public const string HistoryTablePrefix = "__EFMigrationsHistory_";

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The history table of the module that declares <paramref name="contextType"/>, e.g. __EFMigrationsHistory_Bkn_Cms_Helpdesk.</summary>
    public static string HistoryTable(Type contextType)
    {
        var module = contextType.Assembly.GetCustomAttribute<ModuleAttribute>()
            ?? throw new InvalidOperationException($"{contextType.FullName} is not in a module assembly ([assembly: Module] missing).");
        return HistoryTablePrefix + module.Id.Replace('.', '_');
    }

    /// <summary>
    /// Options for a module's migrations context on <paramref name="connectionString"/>: the provider of the context
    /// type, the module's history table, and the module's assembly for its migrations.
    /// </summary>
    public static DbContextOptions Options(Type contextType, string connectionString)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        var history = HistoryTable(contextType);
        var assembly = contextType.Assembly.GetName().Name;
        if (typeof(PostgresModuleMigrationsContext).IsAssignableFrom(contextType))
        {
            builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(history).MigrationsAssembly(assembly));
        }
        else if (typeof(SqliteModuleMigrationsContext).IsAssignableFrom(contextType))
        {
            builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable(history).MigrationsAssembly(assembly));
        }
        else
        {
            throw new InvalidOperationException($"{contextType.FullName} must derive from {nameof(SqliteModuleMigrationsContext)} or {nameof(PostgresModuleMigrationsContext)}.");
        }

        return builder.Options;
    }

    /// <summary>A module's migrations context of type <paramref name="contextType"/> on <paramref name="connectionString"/>.</summary>
    public static ModuleMigrationsContext Create(Type contextType, string connectionString) =>
        (ModuleMigrationsContext)Activator.CreateInstance(contextType, Options(contextType, connectionString))!;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var contributor in ModelContributors(GetType().Assembly))
        {
            contributor.Configure(modelBuilder, Provider);
        }
    }

    /// <summary>The model contributors declared in <paramref name="assembly"/>, in a stable order.</summary>
    public static IReadOnlyList<IModelContributor> ModelContributors(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IModelContributor).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IModelContributor)Activator.CreateInstance(t)!)];
}
