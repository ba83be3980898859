using Bkn.Cms.Modules;

namespace Bkn.Cms.Tests.Unit;

public sealed class FeatureDependencyResolverTests
{
    private static FeatureDescriptor F(string id, params string[] dependencies) => new(id, id, "", "", dependencies, false, false, "m");

    // content <- news <- news.rss ; content <- regulations ; search (independent)
    private static readonly FeatureDependencyResolver Resolver = new([
        F("content"), F("news", "content"), F("news.rss", "news"), F("regulations", "content"), F("search"),
    ]);

    [Fact]
    public void Enabling_a_feature_enables_its_whole_dependency_chain_in_dependency_order()
    {
        var toEnable = Resolver.ToEnable(["news.rss"], new HashSet<string>());

        Assert.Equal(["content", "news", "news.rss"], toEnable);
    }

    [Fact]
    public void Enabling_skips_what_is_already_enabled()
    {
        var toEnable = Resolver.ToEnable(["news.rss"], new HashSet<string> { "content" });

        Assert.Equal(["news", "news.rss"], toEnable);
    }

    [Fact]
    public void Disabling_a_feature_disables_its_enabled_dependents_first()
    {
        var enabled = new HashSet<string> { "content", "news", "news.rss", "regulations", "search" };

        var toDisable = Resolver.ToDisable(["content"], enabled);

        Assert.Equal("content", toDisable[^1]);
        Assert.Equal(["content", "news", "news.rss", "regulations"], toDisable.Order(StringComparer.Ordinal));
        Assert.True(toDisable.ToList().IndexOf("news.rss") < toDisable.ToList().IndexOf("news"));
    }

    [Fact]
    public void Disabling_leaves_dependents_that_are_already_off_alone()
    {
        var toDisable = Resolver.ToDisable(["content"], new HashSet<string> { "content", "news" });

        Assert.Equal(["news", "content"], toDisable);
    }

    [Fact]
    public void A_dependency_cycle_is_refused_with_the_cycle_named()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new FeatureDependencyResolver([F("a", "b"), F("b", "a")]));

        Assert.Contains("a -> b -> a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_feature_is_refused()
    {
        Assert.Throws<KeyNotFoundException>(() => Resolver.DependencyClosure(["nope"]));
    }
}
