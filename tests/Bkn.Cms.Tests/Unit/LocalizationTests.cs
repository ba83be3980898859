using System.Globalization;
using Bkn.Cms.Localization;
using Bkn.Cms.Modules;

namespace Bkn.Cms.Tests.Unit;

public sealed class LocalizationTests
{
    private static readonly CatalogStringLocalizer Localizer = new(TranslationCatalog.FromModules(ModuleCatalog.Default));

    [Fact]
    public void Indonesian_is_the_text_itself_and_english_comes_from_the_modules_catalogs()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("id");
            Assert.Equal("Lewati ke konten utama", Localizer["Lewati ke konten utama"].Value);

            CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            Assert.Equal("Skip to main content", Localizer["Lewati ke konten utama"].Value);
            Assert.Equal("Passwords must be at least 10 characters.", Localizer["Kata sandi minimal {0} karakter.", 10].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Every_english_catalog_entry_has_a_non_empty_translation()
    {
        var catalog = TranslationCatalog.FromModules(ModuleCatalog.Default);

        Assert.Contains("en", catalog.Cultures);
        Assert.All(catalog.KeysFor("en"), key => Assert.False(string.IsNullOrWhiteSpace(catalog.Translate("en", key))));
    }
}
