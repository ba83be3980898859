namespace Bkn.Cms.Pkt;

/// <summary>The module's feature id, used by its manifest and wherever the module names its feature.</summary>
public static class PktFeature
{
    public const string Id = "Bkn.Cms.Pkt";
}
