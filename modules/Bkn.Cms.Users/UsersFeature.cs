namespace Bkn.Cms.Users;

/// <summary>The module's feature id, used by its manifest and wherever the module checks or names its feature.</summary>
public static class UsersFeature
{
    public const string Id = "Bkn.Cms.Users";
}
