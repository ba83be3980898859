using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bkn.Cms.Localization;
using Bkn.Cms.Modules;

namespace Bkn.Cms.Tests.Unit;

/// <summary>
/// Every Indonesian text the UI looks up must have an English entry in some <c>Localization/en.json</c>
/// (ADR 0005). Scans the sources of src/, modules/ and themes/ (not the compiled assemblies), so a new
/// module is covered as soon as its files exist. The failure message lists, per project, the en.json
/// to edit and ready-to-paste lines for the missing keys.
/// </summary>
/// <remarks>
/// Collected as keys: literal first arguments of <c>T["…"]</c> / <c>t["…"]</c> (with or without format
/// arguments); display name and description of <c>new ContentPartDescriptor(…)</c>; description and
/// category of <c>Permission</c>s; the text of <c>AdminMenuItem</c>s, <c>PublicNavigationEntry</c>s and
/// <c>PublicFeedLink</c>s; the constants of
/// <c>AdminMenuGroups</c> and <c>AuditCategories</c> (shown as <c>T[group]</c>, <c>T[e.Category]</c>);
/// name, description and category of <c>[assembly: Feature(…)]</c> (the Features pages show them
/// translated). Not collected: interpolated or computed keys, role names (shown untranslated).
/// </remarks>
public sealed partial class TranslationCompletenessTests
{
    private static readonly string[] SourceRoots = ["src", "modules", "themes"];

    // A C# string literal: regular ("…" with escapes) or verbatim (@"…" with "" for a quote).
    private const string Literal = """(?<lit>"(?:[^"\\\r\n]|\\.)*"|@"(?:[^"]|"")*")""";

    [Fact]
    public void Every_indonesian_text_looked_up_by_the_ui_has_an_english_translation()
    {
        var root = RepositoryRoot();
        var catalog = LoadCatalogs(root);
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in catalog.Files)
        {
            foreach (var (key, value) in file.Entries)
            {
                merged.TryAdd(key, value);
            }
        }

        var missing = ScanKeys(root)
            .Where(k => !merged.ContainsKey(k.Key))
            .GroupBy(k => k.Project)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

        if (missing.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        var count = missing.Sum(g => g.Select(k => k.Key).Distinct(StringComparer.Ordinal).Count());
        message.AppendLine(CultureInfo.InvariantCulture, $"{count} Indonesian UI text(s) have no English translation (ADR 0005).");
        message.AppendLine("Add each key with its English text to the en.json named below (keep {0}, {1} … placeholders as in the key):");
        foreach (var project in missing)
        {
            var enJson = Path.Combine(project.Key, "Localization", "en.json").Replace('\\', '/');
            message.AppendLine();
            message.AppendLine(CultureInfo.InvariantCulture, $"== {project.Key} -> {enJson}{(File.Exists(Path.Combine(root, enJson)) ? "" : " (create it: { … })")}");
            foreach (var key in project.GroupBy(k => k.Key, StringComparer.Ordinal).OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                var where = string.Join(", ", key.Select(k => $"{k.File}:{k.Line}").Distinct(StringComparer.Ordinal));
                message.AppendLine(CultureInfo.InvariantCulture, $"  {JsonSerializer.Serialize(key.Key, JsonOptions)}: \"\",   // {where}");
            }
        }

        Assert.Fail(message.ToString());
    }

    [Fact]
    public void English_entries_keep_the_placeholders_of_their_key_and_catalogs_are_well_formed()
    {
        var catalog = LoadCatalogs(RepositoryRoot());
        var problems = new List<string>(catalog.Problems);
        foreach (var file in catalog.Files)
        {
            foreach (var (key, value) in file.Entries)
            {
                var expected = Placeholders(key);
                var actual = Placeholders(value);
                if (!expected.SequenceEqual(actual))
                {
                    problems.Add($"{file.Path}: \"{key}\" has placeholders [{string.Join(", ", expected)}] but its translation \"{value}\" has [{string.Join(", ", actual)}]");
                }

                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"{file.Path}: \"{key}\" has an empty translation");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_catalog_on_disk_is_embedded_and_loaded_at_run_time()
    {
        var runtime = TranslationCatalog.FromModules(ModuleCatalog.Default);
        var notLoaded = LoadCatalogs(RepositoryRoot()).Files
            .Where(f => f.Entries.Any(e => runtime.Translate("en", e.Key) is null))
            .Select(f => $"{f.Path}: not served by TranslationCatalog (is the project a module referenced by the tests, and is Localization/*.json embedded, see Directory.Build.targets?)")
            .ToList();

        Assert.True(notLoaded.Count == 0, string.Join(Environment.NewLine, notLoaded));
    }

    [Fact]
    public void The_scanner_finds_lookups_with_and_without_format_arguments()
    {
        var keys = KeysIn("""
            <h1>@T["Fitur"]</h1> @T["Tambah {0}", T[type.DisplayName]] @T["\"Unit sendiri\" berlaku."] ViewData["Title"]
            errors.Add(t["ID aktivitas '{0}' dipakai lebih dari sekali.", id]); TempData["x"] = t[$"Tidak {x}"];
            """).Select(k => k.Key).ToList();

        Assert.Equal(["Fitur", "Tambah {0}", "\"Unit sendiri\" berlaku.", "ID aktivitas '{0}' dipakai lebih dari sekali."], keys);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed record FoundKey(string Key, string Project, string File, int Line);

    private sealed record CatalogFile(string Path, IReadOnlyList<KeyValuePair<string, string>> Entries);

    private sealed record Catalogs(IReadOnlyList<CatalogFile> Files, IReadOnlyList<string> Problems);

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

    private static IEnumerable<string> SourceFiles(string root, params string[] patterns) =>
        SourceRoots
            .Select(r => Path.Combine(root, r))
            .Where(Directory.Exists)
            .SelectMany(r => patterns.SelectMany(p => Directory.EnumerateFiles(r, p, SearchOption.AllDirectories)))
            .Where(f => !IsBuildOutput(Path.GetRelativePath(root, f)))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(s => s is "bin" or "obj");

    private static Catalogs LoadCatalogs(string root)
    {
        var files = new List<CatalogFile>();
        var problems = new List<string>();
        foreach (var path in SourceFiles(root, "en.json").Where(p => Path.GetFileName(Path.GetDirectoryName(p)) == "Localization"))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(path));
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{relative}: must be a JSON object of Indonesian text -> English text");
                    continue;
                }

                var entries = new List<KeyValuePair<string, string>>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (!seen.Add(property.Name))
                    {
                        problems.Add($"{relative}: duplicate key \"{property.Name}\"");
                    }

                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        problems.Add($"{relative}: \"{property.Name}\" must map to a string");
                        continue;
                    }

                    entries.Add(new(property.Name, property.Value.GetString()!));
                }

                files.Add(new CatalogFile(relative, entries));
            }
            catch (JsonException e)
            {
                problems.Add($"{relative}: invalid JSON: {e.Message}");
            }
        }

        return new Catalogs(files, problems);
    }

    private static IEnumerable<FoundKey> ScanKeys(string root)
    {
        foreach (var path in SourceFiles(root, "*.cs", "*.cshtml"))
        {
            var project = CatalogProjectOf(ProjectOf(root, path));
            var file = Path.GetRelativePath(root, path).Replace('\\', '/');
            var text = File.ReadAllText(path);
            foreach (var (key, index) in KeysIn(text, Path.GetFileName(path)))
            {
                yield return new FoundKey(key, project, file, LineOf(text, index));
            }
        }
    }

    /// <summary>The folder (relative to the root) of the nearest project file above <paramref name="path"/>.</summary>
    private static string ProjectOf(string root, string path)
    {
        for (var dir = Path.GetDirectoryName(path); dir is not null && dir.Length > root.Length; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.EnumerateFiles(dir, "*.csproj").Any())
            {
                return Path.GetRelativePath(root, dir).Replace('\\', '/');
            }
        }

        return Path.GetRelativePath(root, Path.GetDirectoryName(path)!).Replace('\\', '/');
    }

    /// <summary>
    /// Where a project's texts are translated: its own Localization/en.json, except for src/ projects that are no
    /// module (Abstractions, Web): the runtime loads module assemblies and Core only, so they use Core's catalog.
    /// </summary>
    private static string CatalogProjectOf(string project) =>
        project.StartsWith("src/", StringComparison.Ordinal) ? CoreProject : project;

    private const string CoreProject = "src/Bkn.Cms.Core";

    private static IEnumerable<(string Key, int Index)> KeysIn(string text, string fileName = "")
    {
        foreach (var regex in new[] { LookupRegex(), PartDescriptorRegex(), PermissionRegex(), AdminMenuItemRegex(), PublicNavigationRegex(), FeatureRegex() })
        {
            foreach (Match match in regex.Matches(text))
            {
                foreach (Capture capture in match.Groups["lit"].Captures)
                {
                    yield return (Unescape(capture.Value), capture.Index);
                }
            }
        }

        if (fileName is "AdminMenuGroups.cs" or "AuditCategories.cs")
        {
            foreach (Match match in ConstantRegex().Matches(text))
            {
                yield return (Unescape(match.Groups["lit"].Value), match.Groups["lit"].Index);
            }
        }
    }

    private static string Unescape(string literal)
    {
        if (literal.StartsWith('@'))
        {
            return literal[2..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
        }

        var body = literal[1..^1];
        var result = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i == body.Length - 1)
            {
                result.Append(body[i]);
                continue;
            }

            var c = body[++i];
            switch (c)
            {
                case 'n': result.Append('\n'); break;
                case 't': result.Append('\t'); break;
                case 'r': result.Append('\r'); break;
                case '0': result.Append('\0'); break;
                case 'u' when i + 4 < body.Length:
                    result.Append((char)int.Parse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: result.Append(c); break;
            }
        }

        return result.ToString();
    }

    private static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static int[] Placeholders(string text) =>
        PlaceholderRegex().Matches(text)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .ToArray();

    // T["…"] and t["…"], alone or with format arguments; not x.T[…], ViewData[…] or t[$"…"].
    [GeneratedRegex(@"(?<![\w.])[Tt]\[\s*" + Literal)]
    private static partial Regex LookupRegex();

    // new ContentPartDescriptor(nameof(X), typeof(X), "Judul", "Deskripsi")
    [GeneratedRegex(@"new\s+ContentPartDescriptor\s*\(\s*[^,]+,\s*[^,]+,\s*" + Literal + @"\s*,\s*" + Literal)]
    private static partial Regex PartDescriptorRegex();

    // new Permission(Name, "Deskripsi", "Kategori") and Permission X = new(Name, "Deskripsi", "Kategori")
    [GeneratedRegex(@"(?:new\s+Permission\s*\(|\bPermission\s+\w+\s*=\s*new\s*\()\s*[^,()]+,\s*" + Literal + @"\s*,\s*" + Literal)]
    private static partial Regex PermissionRegex();

    // new AdminMenuItem(AdminMenuGroups.X, "Teks", …) and new(AdminMenuGroups.X, "Teks", …)
    [GeneratedRegex(@"new(?:\s+AdminMenuItem)?\s*\(\s*AdminMenuGroups\.\w+\s*,\s*" + Literal)]
    private static partial Regex AdminMenuItemRegex();

    // new PublicNavigationEntry("Teks", …) and new PublicFeedLink("Teks", …): the public layout shows them as T[text]
    [GeneratedRegex(@"new\s+(?:PublicNavigationEntry|PublicFeedLink)\s*\(\s*" + Literal)]
    private static partial Regex PublicNavigationRegex();

    // [assembly: Feature("Id", "Nama", Description = "…", Category = "…", …)]: name, description, category.
    [GeneratedRegex(@"\[assembly:\s*Feature\s*\(\s*""[^""]*""\s*,\s*" + Literal + @"(?:\s*,\s*(?:Description|Category)\s*=\s*" + Literal + @"|\s*,\s*\w+\s*=\s*[^,\]]+)*")]
    private static partial Regex FeatureRegex();

    [GeneratedRegex(@"const\s+string\s+\w+\s*=\s*" + Literal)]
    private static partial Regex ConstantRegex();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderRegex();
}
