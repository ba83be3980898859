using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Localization;

/// <summary>Looks texts up in the <see cref="TranslationCatalog"/> for the current UI culture; the key is the Indonesian text.</summary>
public sealed class CatalogStringLocalizer(TranslationCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var culture = CultureInfo.CurrentUICulture.Name;
            var value = catalog.Translate(culture, name);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null && !IsDefault(culture));
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.KeysFor(CultureInfo.CurrentUICulture.Name).Select(k => this[k]);

    private static bool IsDefault(string culture) =>
        culture.Length == 0 || culture.StartsWith(TranslationCatalog.DefaultCulture, StringComparison.OrdinalIgnoreCase);
}
