namespace Bkn.Cms.Sapk;

/// <summary>The module's feature id, used by its manifest and wherever the module names its feature.</summary>
public static class SapkFeature
{
    public const string Id = "Bkn.Cms.Sapk";
}
