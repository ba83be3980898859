namespace Bkn.Cms.Navigation;

/// <summary>
/// An entry of the public site's main navigation: <paramref name="Text"/> in Indonesian (the theme translates it),
/// lower <paramref name="Order"/> first. With <see cref="PartialName"/> the theme renders that Razor partial of the
/// module (e.g. a search form) instead of a link.
/// </summary>
public sealed record PublicNavigationEntry(string Text, string Href, int Order)
{
    public string? PartialName { get; init; }
}
