using System.Reflection;
using System.Xml.Linq;

namespace Bkn.Cms.Tests.Unit;

/// <summary>
/// Modules and themes compile against contracts only (issue 14): a project under <c>modules/</c> or <c>themes/</c> may
/// reference <c>Bkn.Cms.Abstractions</c> and the abstractions projects of modules it builds on (their names end in
/// <c>.Abstractions</c>), never <c>Bkn.Cms.Core</c>, the host or another module's implementation. Checked twice: in the
/// project files (so a new module is covered as soon as its folder exists) and in the compiled assemblies' references
/// (so a reference that arrives some other way is caught too).
/// </summary>
public sealed class ModuleBoundaryTests
{
    private const string AbstractionsSuffix = ".Abstractions";
    private static readonly string[] ExtensionFolders = ["modules", "themes"];

    [Fact]
    public void Module_and_theme_projects_reference_only_abstractions_projects()
    {
        var offences = new List<string>();
        foreach (var project in ExtensionProjects())
        {
            var references = XDocument.Load(project).Descendants()
                .Where(e => e.Name.LocalName == "ProjectReference")
                .Select(e => (string?)e.Attribute("Include") ?? "");
            foreach (var reference in references)
            {
                var name = Path.GetFileNameWithoutExtension(reference.Replace('\\', '/'));
                if (!name.EndsWith(AbstractionsSuffix, StringComparison.Ordinal))
                {
                    offences.Add($"{Relative(project)} references {reference}");
                }
            }
        }

        Assert.True(offences.Count == 0, "Modules and themes may reference only abstractions projects:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void Module_and_theme_assemblies_do_not_reference_the_engine_or_another_modules_implementation()
    {
        var projects = ExtensionProjects().Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();
        var forbidden = projects.Where(p => !p.EndsWith(AbstractionsSuffix, StringComparison.Ordinal))
            .Append("Bkn.Cms.Core")
            .Append("Bkn.Cms.Web")
            .ToHashSet(StringComparer.Ordinal);

        var offences = new List<string>();
        foreach (var project in projects)
        {
            var assembly = Assembly.Load(new AssemblyName(project));
            offences.AddRange(assembly.GetReferencedAssemblies()
                .Where(r => r.Name is { } name && name != project && forbidden.Contains(name))
                .Select(r => $"{project} references the assembly {r.Name}"));
        }

        Assert.True(offences.Count == 0, "Modules and themes may use only abstractions assemblies:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void Every_module_and_theme_folder_is_checked()
    {
        // Guards the two tests above against passing vacuously (a moved folder, a renamed pattern).
        var projects = ExtensionProjects().Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.Contains("Bkn.Cms.Workflows", projects);
        Assert.Contains("Bkn.Cms.Contents.Abstractions", projects);
        Assert.Contains("Bkn.Themes.Admin", projects);

        // The reflection check sees a reference where there is one: the host uses the engine.
        Assert.Contains(Assembly.Load(new AssemblyName("Bkn.Cms.Web")).GetReferencedAssemblies(), r => r.Name == "Bkn.Cms.Core");
    }

    private static IEnumerable<string> ExtensionProjects()
    {
        var root = RepositoryRoot();
        return ExtensionFolders
            .SelectMany(folder => Directory.EnumerateDirectories(Path.Combine(root, folder)))
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.csproj"))
            .Order(StringComparer.Ordinal);
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot(), path).Replace('\\', '/');

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bkn.Cms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Bkn.Cms.sln not found above {AppContext.BaseDirectory}.");
    }
}
