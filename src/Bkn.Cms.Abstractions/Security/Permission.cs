namespace Bkn.Cms.Security;

/// <summary>A permission declared by a module. Declare instances as static fields next to their owner.</summary>
public sealed record Permission(string Name, string Description, string Category)
{
    /// <summary>
    /// Acts on the whole site (site-wide settings, roles, platform features), not on one unit: it is held only through
    /// an all-units grant. A grant for the own unit holds nothing, and the role editor offers only "all units".
    /// Mark every permission that guards a site-wide setting as global.
    /// </summary>
    public bool Global { get; init; }
}
