using System.Security.Claims;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents;
using Bkn.Cms.Contents.Services;
using Bkn.Cms.Security;

namespace Bkn.Cms.Tests.Unit;

/// <summary>
/// ContentAccess asks the permission service once per user and permission in a request (its scope): a list page that
/// restricts its query twice and checks every row does not ask again for each ordinary type.
/// </summary>
public sealed class ContentAccessMemoTests
{
    private static readonly Guid Unit = Guid.NewGuid();

    private static readonly ContentTypeDefinition[] Types =
    [
        Type("Halaman"), Type("Berita"), Type("Pengumuman"), Type("Agenda"), Type("Galeri"),
        Type("Tiket", securable: true),
    ];

    [Fact]
    public async Task Two_restrictions_and_row_checks_in_one_request_ask_once_per_type_and_permission()
    {
        var permissions = new CountingPermissions();
        var access = new ContentAccess(permissions, new Definitions());
        var writer = User("penulis");

        var first = await access.RestrictAsync(new ContentListQuery(), writer, ContentAction.View, CancellationToken.None);
        var asked = permissions.Calls.Count;

        // The global permission, each of the 5 ordinary types' writing permission, the securable type's 2 × 2 grants.
        Assert.Equal(1 + 5 + 4, asked);
        Assert.Equal(asked, permissions.Calls.Distinct().Count());

        var second = await access.RestrictAsync(new ContentListQuery(), writer, ContentAction.View, CancellationToken.None);
        foreach (var type in Types.Take(5))
        {
            Assert.True(await access.CanAsync(writer, ContentAction.Edit, new ContentItem { ContentType = type.Name, UnitId = Unit }, CancellationToken.None));
        }

        Assert.Equal(asked, permissions.Calls.Count); // nothing asked again
        Assert.Equal(first.Grants.Select(g => g.ContentType), second.Grants.Select(g => g.ContentType));
        Assert.Equal(5, first.Grants.Count(g => g.ContentType != "Tiket")); // the writing grants are the service's answers
    }

    [Fact]
    public async Task Another_user_or_another_request_is_asked_again()
    {
        var permissions = new CountingPermissions();
        var access = new ContentAccess(permissions, new Definitions());
        await access.RestrictAsync(new ContentListQuery(), User("penulis"), ContentAction.View, CancellationToken.None);
        var once = permissions.Calls.Count;

        await access.RestrictAsync(new ContentListQuery(), User("penulis-lain"), ContentAction.View, CancellationToken.None);
        Assert.Equal(2 * once, permissions.Calls.Count);

        await new ContentAccess(permissions, new Definitions()).RestrictAsync(new ContentListQuery(), User("penulis"), ContentAction.View, CancellationToken.None);
        Assert.Equal(3 * once, permissions.Calls.Count);
    }

    private static ContentTypeDefinition Type(string name, bool securable = false) =>
        new(name, name, new ContentTypeSettings { Securable = securable }, []);

    private static ClaimsPrincipal User(string id) => new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id)], "uji"));

    /// <summary>Grants every type's writing permission in one unit and nothing else; records every question.</summary>
    private sealed class CountingPermissions : IPermissionService
    {
        public List<(string User, string Permission)> Calls { get; } = [];

        public Task<UnitScope> GetUnitScopeAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default)
        {
            Calls.Add((user.FindFirstValue(ClaimTypes.NameIdentifier)!, permission.Name));
            return Task.FromResult(permission.Name.StartsWith(Permissions.EditContentName + ":", StringComparison.Ordinal)
                ? new UnitScope(false, new HashSet<Guid> { Unit })
                : UnitScope.None);
        }

        public Task<bool> HasPermissionAsync(ClaimsPrincipal user, Permission permission, Guid? unitId = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public IReadOnlyList<Permission> GetDeclaredPermissions() => throw new NotSupportedException();

        public Permission? FindPermission(string name) => throw new NotSupportedException();

        public Task<GrantLimits> GetGrantLimitsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class Definitions : IContentDefinitionStore
    {
        public IReadOnlyList<ContentTypeDefinition> ListTypes() => Types;

        public ContentTypeDefinition? GetType(string name) => Types.FirstOrDefault(t => t.Name == name);

        public Task SaveTypeAsync(ContentTypeDefinition definition, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
