namespace Bkn.Cms.Agencies;

/// <summary>The Agencies module's feature id, for modules that declare it as a dependency.</summary>
public static class AgenciesFeature
{
    public const string Id = "Bkn.Cms.Agencies";
}
