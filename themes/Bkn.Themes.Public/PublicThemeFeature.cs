namespace Bkn.Themes.Public;

/// <summary>The module's feature id, used by its manifest and wherever the module checks or names its feature.</summary>
public static class PublicThemeFeature
{
    public const string Id = "Bkn.Themes.Public";
}
