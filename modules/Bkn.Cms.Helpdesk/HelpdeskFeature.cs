namespace Bkn.Cms.Helpdesk;

/// <summary>The module's feature id, used by its manifest and wherever the module checks or names its feature.</summary>
public static class HelpdeskFeature
{
    public const string Id = "Bkn.Cms.Helpdesk";
}
