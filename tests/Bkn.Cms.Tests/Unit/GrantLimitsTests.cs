using Bkn.Cms.Security;

namespace Bkn.Cms.Tests.Unit;

public sealed class GrantLimitsTests
{
    private static readonly RoleGrants Roles = new(
        new HashSet<string> { "admin" },
        new Dictionary<string, IReadOnlyDictionary<string, PermissionScope>>
        {
            ["unit-manager"] = new Dictionary<string, PermissionScope> { ["ManageUsers"] = PermissionScope.OwnUnit, ["Edit"] = PermissionScope.OwnUnit },
            ["writer"] = new Dictionary<string, PermissionScope> { ["Edit"] = PermissionScope.OwnUnit },
            ["editor"] = new Dictionary<string, PermissionScope> { ["Edit"] = PermissionScope.AllUnits },
            ["publisher"] = new Dictionary<string, PermissionScope> { ["Publish"] = PermissionScope.OwnUnit },
            ["empty"] = new Dictionary<string, PermissionScope>(),
        });

    [Fact]
    public void A_role_is_assignable_only_when_every_permission_is_held_at_least_as_widely()
    {
        var manager = GrantLimits.Of(Roles, ["unit-manager"]);

        Assert.True(manager.CanAssignRole("writer"));
        Assert.True(manager.CanAssignRole("unit-manager"));
        Assert.True(manager.CanAssignRole("empty"));
        Assert.False(manager.CanAssignRole("editor")); // wider scope
        Assert.False(manager.CanAssignRole("publisher")); // a permission not held
        Assert.False(manager.CanAssignRole("admin")); // a system role
    }

    [Fact]
    public void Grants_add_up_over_roles_and_the_widest_scope_wins()
    {
        var limits = GrantLimits.Of(Roles, ["writer", "editor", "publisher"]);

        Assert.Equal(PermissionScope.AllUnits, limits.HeldScope("Edit"));
        Assert.True(limits.CanGrant("Publish", PermissionScope.OwnUnit));
        Assert.False(limits.CanGrant("Publish", PermissionScope.AllUnits));
        Assert.Null(limits.HeldScope("ManageUsers"));
        Assert.True(limits.CanAssignRole("editor"));
    }

    [Fact]
    public void Only_a_holder_of_a_system_role_hands_on_everything()
    {
        var admin = GrantLimits.Of(Roles, ["admin"]);

        Assert.True(admin.IsSystem);
        Assert.True(admin.CanAssignRole("admin"));
        Assert.True(admin.CanGrant("Anything", PermissionScope.AllUnits));
        var noRoles = GrantLimits.Of(Roles, []);
        Assert.False(noRoles.CanAssignRole("writer"));
        Assert.True(noRoles.CanAssignRole("empty"));
    }
}
