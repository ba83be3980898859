using System.Security.Claims;
using Bkn.Cms.Agencies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bkn.Cms.Kepegawaian.Services;

/// <summary>A refusal with an Indonesian message for the user; nothing was saved.</summary>
public sealed class KpoException(string message) : Exception(message);

/// <summary>Who acts: a user id and name (never a NIP).</summary>
public sealed record KpoActor(string UserId, string UserName)
{
    public static readonly KpoActor System = new("sistem", "Sistem");

    public static KpoActor From(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?", user.Identity?.Name ?? "?");
}

/// <summary>Agency scope helpers: a scope as a filterable list.</summary>
public static class ScopeExtensions
{
    public static IQueryable<T> Within<T>(this IQueryable<T> query, AgencyScope scope, System.Linq.Expressions.Expression<Func<T, Guid>> agency)
    {
        if (scope.AllAgencies)
        {
            return query;
        }

        var ids = scope.AgencyIds.ToList();
        var p = agency.Parameters[0];
        var body = System.Linq.Expressions.Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], System.Linq.Expressions.Expression.Constant(ids), agency.Body);
        return query.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(body, p));
    }
}

/// <summary>Private storage of dossier documents and supporting documents in {App:DataPath}/kpo-private, never under the web root.</summary>
public sealed class KpoFileStore(IConfiguration configuration, IHostEnvironment environment)
{
    public string Root
    {
        get
        {
            var path = configuration["App:DataPath"] ?? "App_Data";
            return Path.Combine(Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path), "kpo-private");
        }
    }

    public async Task<string> SaveAsync(byte[] content, string contentType, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var extension = contentType == "application/pdf" ? ".pdf" : ".jpg";
        var relative = Path.Combine(nowUtc.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N") + extension);
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, content, cancellationToken);
        return relative.Replace('\\', '/');
    }

    public Stream? Open(string relative)
    {
        var full = FullPath(relative);
        return full is not null && File.Exists(full) ? File.OpenRead(full) : null;
    }

    public void Delete(string relative)
    {
        var full = FullPath(relative);
        if (full is not null && File.Exists(full))
        {
            File.Delete(full);
        }
    }

    private string? FullPath(string relative)
    {
        var root = Path.GetFullPath(Root);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
