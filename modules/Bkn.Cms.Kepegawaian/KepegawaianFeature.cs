namespace Bkn.Cms.Kepegawaian;

/// <summary>The module's feature id, used by its manifest and wherever the module names its feature.</summary>
public static class KepegawaianFeature
{
    public const string Id = "Bkn.Cms.Kepegawaian";
}
