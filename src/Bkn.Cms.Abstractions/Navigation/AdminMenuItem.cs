using Bkn.Cms.Security;

namespace Bkn.Cms.Navigation;

/// <summary>
/// One entry of the admin menu. <see cref="Text"/> is an Indonesian text key that the localiser translates.
/// The entry is shown only when its feature is enabled for the user's unit and the user holds <see cref="Permission"/>
/// (or one permission of <see cref="Requirement"/>).
/// </summary>
public sealed record AdminMenuItem(string Group, string Text, string Url, Permission? Permission, int Order = 0)
{
    /// <summary>Set by the engine from the provider's feature when left empty.</summary>
    public string? FeatureId { get; init; }

    public string? Icon { get; init; }

    /// <summary>
    /// Alternatives instead of <see cref="Permission"/> (e.g. "EditContent|EditContent:*": the global permission or
    /// any per-type one); the entry is shown when the user holds one of them.
    /// </summary>
    public string? Requirement { get; init; }
}
