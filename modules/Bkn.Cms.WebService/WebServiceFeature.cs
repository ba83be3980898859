namespace Bkn.Cms.WebService;

/// <summary>The module's feature id, used by its manifest and wherever the module names its feature.</summary>
public static class WebServiceFeature
{
    public const string Id = "Bkn.Cms.WebService";
}
