using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Localization;

/// <summary>One catalog for every resource: texts are keyed by their Indonesian wording, not by type.</summary>
public sealed class CatalogStringLocalizerFactory(TranslationCatalog catalog) : IStringLocalizerFactory
{
    private readonly CatalogStringLocalizer _localizer = new(catalog);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
