using Bkn.Cms.Modules;
using Microsoft.Extensions.DependencyModel;

namespace Bkn.Cms.Tests.Unit;

/// <summary>The host references every project under modules/ and themes/ by wildcard, so adding a folder is enough.</summary>
public sealed class ModuleDiscoveryTests
{
    [Fact]
    public void Every_module_and_theme_folder_is_a_project_of_the_host_and_a_module_of_the_catalog()
    {
        var root = RepositoryRoot();
        var projects = Directory.GetFiles(Path.Combine(root, "modules"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "themes"), "*.csproj", SearchOption.AllDirectories))
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();
        Assert.Contains("Bkn.Cms.Helpdesk", projects);

        using var depsFile = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Bkn.Cms.Web.deps.json"));
        using var reader = new DependencyContextJsonReader();
        var hostProjects = reader.Read(depsFile).RuntimeLibraries.Where(l => l.Type == "project").Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        var catalogAssemblies = ModuleCatalog.Default.Modules.Select(m => m.Assembly.GetName().Name).ToHashSet(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            Assert.True(hostProjects.Contains(project!), $"The host does not reference {project}.");
            Assert.True(catalogAssemblies.Contains(project), $"{project} is not a module of the catalog.");
        }
    }

    [Fact]
    public void A_module_outside_the_folders_is_found_through_the_referencing_projects_deps_json()
    {
        // The test-only module is referenced by the test project alone, as a module added to a host would be.
        Assert.Contains(ModuleCatalog.Default.Modules, m => m.Id == "Test.Sample" && m.Assembly.GetName().Name == "Bkn.Cms.Tests.Fixtures");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bkn.Cms.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Bkn.Cms.sln not found above the test output.");
    }
}
