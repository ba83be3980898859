using System.Security.Claims;
using Bkn.Cms.Security;

namespace Bkn.Cms.Settings;

/// <summary>Changes site settings; every node sees the change within seconds.</summary>
public interface ISiteSettingsWriter
{
    /// <summary>Writes without asking who: for recipes, setup and the engine's own bookkeeping.</summary>
    Task SetAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);

    /// <summary>
    /// Writes on behalf of a user, as every admin page that edits site settings must. A setting acts on every unit, so
    /// the permission guarding it must be marked <see cref="Permission.Global"/> (held only through an all-units grant);
    /// throws <see cref="UnauthorizedAccessException"/>, writing nothing, when the user does not hold it.
    /// </summary>
    Task SetAsync(ClaimsPrincipal user, Permission permission, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);
}
