using System.Reflection;
using System.Text.Json;
using Bkn.Cms.Modules;

namespace Bkn.Cms.Localization;

/// <summary>
/// Texts are written in Indonesian in code and views; that text is the key. Each module and theme may embed
/// <c>Localization/{culture}.json</c> (an object of Indonesian text → translation); all are merged here.
/// </summary>
public sealed class TranslationCatalog
{
    public const string DefaultCulture = "id";

    private readonly Dictionary<string, Dictionary<string, string>> _byCulture = new(StringComparer.OrdinalIgnoreCase);

    public TranslationCatalog(IEnumerable<Assembly> assemblies)
    {
        foreach (var assembly in assemblies.Distinct())
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(".Localization.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
            {
                var culture = resource[(resource.LastIndexOf(".Localization.", StringComparison.Ordinal) + ".Localization.".Length)..^".json".Length];
                using var stream = assembly.GetManifestResourceStream(resource)!;
                var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
                if (!_byCulture.TryGetValue(culture, out var target))
                {
                    _byCulture[culture] = target = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                foreach (var (key, value) in texts)
                {
                    target.TryAdd(key, value);
                }
            }
        }
    }

    public static TranslationCatalog FromModules(ModuleCatalog catalog) =>
        new(catalog.Modules.Select(m => m.Assembly).Append(typeof(TranslationCatalog).Assembly));

    public IReadOnlyCollection<string> Cultures => _byCulture.Keys;

    public string? Translate(string culture, string key)
    {
        if (_byCulture.TryGetValue(culture, out var texts) && texts.TryGetValue(key, out var value))
        {
            return value;
        }

        var dash = culture.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? Translate(culture[..dash], key) : null;
    }

    public IEnumerable<string> KeysFor(string culture) => _byCulture.TryGetValue(culture, out var texts) ? texts.Keys : [];
}
