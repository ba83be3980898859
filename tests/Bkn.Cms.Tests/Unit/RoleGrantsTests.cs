using Bkn.Cms.Security;

namespace Bkn.Cms.Tests.Unit;

public sealed class RoleGrantsTests
{
    private static readonly RoleGrants Grants = new(
        new HashSet<string> { "admin" },
        new Dictionary<string, IReadOnlyDictionary<string, PermissionScope>>
        {
            ["editor"] = new Dictionary<string, PermissionScope> { ["Publish"] = PermissionScope.OwnUnit },
            ["chief"] = new Dictionary<string, PermissionScope> { ["Publish"] = PermissionScope.AllUnits },
        });

    [Fact]
    public void The_widest_grant_among_the_users_roles_wins()
    {
        Assert.Equal(PermissionScope.AllUnits, Grants.ScopeFor(["editor", "chief"], "Publish"));
        Assert.Equal(PermissionScope.OwnUnit, Grants.ScopeFor(["editor"], "Publish"));
    }

    [Fact]
    public void No_grant_means_no_scope()
    {
        Assert.Null(Grants.ScopeFor(["editor"], "Delete"));
        Assert.Null(Grants.ScopeFor([], "Publish"));
    }

    [Fact]
    public void A_system_role_holds_every_permission_everywhere()
    {
        Assert.Equal(PermissionScope.AllUnits, Grants.ScopeFor(["admin"], "Anything"));
    }

    [Fact]
    public void An_own_unit_scope_contains_only_its_units()
    {
        var a = Guid.NewGuid();
        var scope = new UnitScope(false, new HashSet<Guid> { a });

        Assert.True(scope.Contains(a));
        Assert.False(scope.Contains(Guid.NewGuid()));
        Assert.False(scope.Contains(null));
        Assert.True(UnitScope.All.Contains(null));
    }
}
