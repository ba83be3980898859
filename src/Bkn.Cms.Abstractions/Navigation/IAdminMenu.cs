using System.Security.Claims;

namespace Bkn.Cms.Navigation;

/// <summary>The admin menu a user sees: entries of enabled features (for the user's unit) that the user may open.</summary>
public interface IAdminMenu
{
    Task<IReadOnlyList<AdminMenuItem>> GetVisibleItemsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
