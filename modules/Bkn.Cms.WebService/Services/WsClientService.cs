using System.Security.Cryptography;
using Bkn.Cms.Agencies;
using Bkn.Cms.State;
using Bkn.Cms.WebService.Models;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Bkn.Cms.WebService.Services;

/// <summary>
/// Creates, changes, rotates and revokes clients. Each change writes the client row and OpenIddict's application in one
/// transaction; the secret is hashed by OpenIddict and returned once.
/// </summary>
public sealed class WsClientService(DbContext db, IOpenIddictApplicationManager applications, IAgencyDirectory agencies, TimeProvider clock)
{
    public const int MaxOverlapDays = 90;
    public const int MaxRateLimit = 100_000;

    public async Task<WsIssuedSecret> CreateAsync(WsClientInput input, string actor, CancellationToken cancellationToken)
    {
        var agency = (await agencies.GetAsync(cancellationToken)).Find(input.AgencyId);
        var errors = Validate(input, out var addresses);
        if (agency is null)
        {
            errors.Insert(0, "Pilih instansi yang terdaftar.");
        }

        if (errors.Count > 0)
        {
            throw new WsClientException(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var client = new WsClient
        {
            Id = Guid.NewGuid(),
            ClientId = $"{agency!.Code.ToLowerInvariant()}-{(input.Environment == WsEnvironment.Training ? "latih" : "prod")}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}",
            AgencyId = agency.Id,
            Environment = input.Environment,
            DisplayName = input.DisplayName.Trim(),
            Scopes = string.Join(' ', input.Scopes.Distinct().Order(StringComparer.Ordinal)),
            AllowedAddresses = addresses.ToString(),
            RateLimitPerMinute = input.RateLimitPerMinute,
            CreatedUtc = now,
            SecretCreatedUtc = now,
            CreatedBy = actor,
        };
        var secret = NewSecret();

        // Joins the caller's transaction when there is one (the onboarding workflow issues clients inside its step).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.Set<WsClient>().Add(client);
        await Stamps.BumpOnCommitAsync(db, WsClientDirectory.Stamp, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await applications.CreateAsync(Descriptor(client, secret), cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new WsIssuedSecret(client, secret);
    }

    public async Task<WsClient> UpdateAsync(Guid id, WsClientInput input, CancellationToken cancellationToken)
    {
        var client = await db.Set<WsClient>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new WsClientException(["Klien tidak ditemukan."]);
        var errors = Validate(input, out var addresses);
        if (errors.Count > 0)
        {
            throw new WsClientException(errors);
        }

        client.DisplayName = input.DisplayName.Trim();
        client.Scopes = string.Join(' ', input.Scopes.Distinct().Order(StringComparer.Ordinal));
        client.AllowedAddresses = addresses.ToString();
        client.RateLimitPerMinute = input.RateLimitPerMinute;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Stamps.BumpOnCommitAsync(db, WsClientDirectory.Stamp, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var application = await applications.FindByClientIdAsync(client.ClientId, cancellationToken) ?? throw new WsClientException(["Klien tidak ditemukan."]);
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        descriptor.DisplayName = client.DisplayName;
        SetPermissions(descriptor, client);
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return client;
    }

    /// <summary>Issues a new secret; the old one keeps working for <paramref name="overlapDays"/> days (0: stops at once).</summary>
    public async Task<WsIssuedSecret> RotateAsync(Guid id, int overlapDays, CancellationToken cancellationToken)
    {
        if (overlapDays is < 0 or > MaxOverlapDays)
        {
            throw new WsClientException([$"Masa berlaku rahasia lama harus 0 sampai {MaxOverlapDays} hari."]);
        }

        var client = await db.Set<WsClient>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new WsClientException(["Klien tidak ditemukan."]);
        if (client.IsRevoked)
        {
            throw new WsClientException(["Klien yang sudah dicabut tidak dapat diberi rahasia baru."]);
        }

        var application = await applications.FindByClientIdAsync(client.ClientId, cancellationToken) ?? throw new WsClientException(["Klien tidak ditemukan."]);
        var now = clock.GetUtcNow().UtcDateTime;
        var oldHash = application is OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication entity ? entity.ClientSecret : null;
        client.PreviousSecretHash = overlapDays > 0 ? oldHash : null;
        client.PreviousSecretValidUntilUtc = overlapDays > 0 ? now.AddDays(overlapDays) : null;
        client.SecretCreatedUtc = now;
        var secret = NewSecret();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Stamps.BumpOnCommitAsync(db, WsClientDirectory.Stamp, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await applications.UpdateAsync(application, secret, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WsIssuedSecret(client, secret);
    }

    /// <summary>Revokes the client: no new token, and every call with a token already issued is refused.</summary>
    public async Task RevokeAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        var client = await db.Set<WsClient>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new WsClientException(["Klien tidak ditemukan."]);
        if (client.IsRevoked)
        {
            return;
        }

        client.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        client.RevokedBy = actor;
        client.PreviousSecretHash = null;
        client.PreviousSecretValidUntilUtc = null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Stamps.BumpOnCommitAsync(db, WsClientDirectory.Stamp, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static List<string> Validate(WsClientInput input, out AddressAllowList addresses)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Trim().Length > 200)
        {
            errors.Add("Nama klien wajib diisi (paling panjang 200 karakter).");
        }

        if (!Enum.IsDefined(input.Environment))
        {
            errors.Add("Pilih lingkungan: pelatihan atau produksi.");
        }

        if (input.Scopes.Count == 0 || input.Scopes.Any(s => !WsScopes.All.Contains(s)))
        {
            errors.Add("Pilih sedikitnya satu cakupan yang tersedia.");
        }

        if (!AddressAllowList.TryParse(input.AllowedAddresses, out addresses, out var addressErrors))
        {
            errors.AddRange(addressErrors);
        }
        else if (addresses.Networks.Count == 0)
        {
            errors.Add("Isi sedikitnya satu alamat IP atau jaringan CIDR yang diizinkan (alamat IP publik instansi).");
        }
        else if (addresses.Networks.Count > 50)
        {
            errors.Add("Paling banyak 50 alamat atau jaringan.");
        }

        if (input.RateLimitPerMinute is < 1 or > MaxRateLimit)
        {
            errors.Add($"Batas laju harus 1 sampai {MaxRateLimit} permintaan per menit.");
        }

        return errors;
    }

    private static OpenIddictApplicationDescriptor Descriptor(WsClient client, string secret)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.DisplayName,
        };
        SetPermissions(descriptor, client);
        return descriptor;
    }

    private static void SetPermissions(OpenIddictApplicationDescriptor descriptor, WsClient client)
    {
        descriptor.Permissions.Clear();
        descriptor.Permissions.Add(OpenIddictConstants.Permissions.Endpoints.Token);
        descriptor.Permissions.Add(OpenIddictConstants.Permissions.GrantTypes.ClientCredentials);
        foreach (var scope in client.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            descriptor.Permissions.Add(OpenIddictConstants.Permissions.Prefixes.Scope + scope);
        }
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
