using Bkn.Cms.WebService.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace Bkn.Cms.WebService.Services;

/// <summary>
/// OpenIddict's application manager with the rotation overlap: after a rotation the previous secret (kept hashed in
/// <see cref="WsClient.PreviousSecretHash"/>) is still accepted until <see cref="WsClient.PreviousSecretValidUntilUtc"/>.
/// </summary>
public sealed class WsApplicationManager<TApplication>(
    IOpenIddictApplicationCache<TApplication> cache,
    ILogger<OpenIddictApplicationManager<TApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<TApplication> store,
    DbContext db,
    TimeProvider clock)
    : OpenIddictApplicationManager<TApplication>(cache, logger, options, store)
    where TApplication : class
{
    public override async ValueTask<bool> ValidateClientSecretAsync(TApplication application, string secret, CancellationToken cancellationToken = default)
    {
        if (await base.ValidateClientSecretAsync(application, secret, cancellationToken))
        {
            return true;
        }

        var clientId = await GetClientIdAsync(application, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var previous = await db.Set<WsClient>().AsNoTracking()
            .Where(c => c.ClientId == clientId && c.PreviousSecretHash != null && c.PreviousSecretValidUntilUtc > now)
            .Select(c => c.PreviousSecretHash)
            .FirstOrDefaultAsync(cancellationToken);
        return previous is not null && await ValidateClientSecretAsync(secret, previous, cancellationToken);
    }
}
