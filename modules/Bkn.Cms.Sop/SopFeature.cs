namespace Bkn.Cms.Sop;

/// <summary>The module's feature id, used by its manifest and wherever the module names its feature.</summary>
public static class SopFeature
{
    public const string Id = "Bkn.Cms.Sop";
}
