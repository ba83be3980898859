namespace Bkn.Cms.Security;

/// <summary>A permission declared by a module. Declare instances as static fields next to their owner.</summary>
public sealed record Permission(string Name, string Description, string Category);
