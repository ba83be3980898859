namespace Bkn.Cms.E2E.Infrastructure;

/// <summary>All journeys share one running site and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
