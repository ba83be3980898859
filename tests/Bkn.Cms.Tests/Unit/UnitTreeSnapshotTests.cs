using Bkn.Cms.Units;

namespace Bkn.Cms.Tests.Unit;

public sealed class UnitTreeSnapshotTests
{
    private static readonly Guid Root = Guid.NewGuid();
    private static readonly Guid Deputi = Guid.NewGuid();
    private static readonly Guid Direktorat = Guid.NewGuid();
    private static readonly Guid Biro = Guid.NewGuid();

    private static readonly UnitTreeSnapshot Tree = new([
        new UnitInfo(Root, null, "BKN", "BKN", "Badan", 0),
        new UnitInfo(Deputi, Root, "DEP", "Deputi", "Deputi", 1),
        new UnitInfo(Direktorat, Deputi, "DIT", "Direktorat", "Direktorat", 2),
        new UnitInfo(Biro, Root, "BIRO", "Biro", "Biro", 1),
    ]);

    [Fact]
    public void A_subtree_holds_the_unit_and_everything_below_it()
    {
        Assert.Equal(new HashSet<Guid> { Deputi, Direktorat }, Tree.Subtree(Deputi));
        Assert.Equal(4, Tree.Subtree(Root).Count);
        Assert.Empty(Tree.Subtree(Guid.NewGuid()));
    }

    [Fact]
    public void Ancestors_run_from_the_unit_up_to_the_root()
    {
        Assert.Equal([Direktorat, Deputi, Root], Tree.SelfAndAncestors(Direktorat));
    }

    [Fact]
    public void Depth_first_order_lists_children_under_their_parent()
    {
        var codes = Tree.DepthFirst().Select(u => u.Code).ToList();

        Assert.Equal(["BKN", "BIRO", "DEP", "DIT"], codes); // children sorted by name
    }
}
