namespace Bkn.Cms.Hosting;

/// <summary>
/// The output cache of public pages: actions opt in with <c>[OutputCache(PolicyName = PublicOutputCache.PolicyName)]</c>;
/// every entry carries <see cref="Tag"/>, which is evicted when published content changes.
/// </summary>
public static class PublicOutputCache
{
    public const string PolicyName = "public-pages";

    public const string Tag = "public";
}
