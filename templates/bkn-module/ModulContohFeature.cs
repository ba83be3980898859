namespace Bkn.Cms.ModulContoh;

/// <summary>The module's feature id, used by its manifest and wherever the module names its feature.</summary>
public static class ModulContohFeature
{
    public const string Id = "Bkn.Cms.ModulContoh";
}
