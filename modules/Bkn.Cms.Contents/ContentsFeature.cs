namespace Bkn.Cms.Contents;

/// <summary>The module's feature id, used by its manifest and wherever the module checks or names its feature.</summary>
public static class ContentsFeature
{
    public const string Id = "Bkn.Cms.Contents";
}
