namespace Bkn.Cms.Humas;

/// <summary>The module's feature id.</summary>
public static class HumasFeature
{
    public const string Id = "Bkn.Cms.Humas";
}
