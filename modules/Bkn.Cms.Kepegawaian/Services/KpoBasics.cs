using System.Security.Claims;
using Bkn.Cms.Agencies;
using Bkn.Cms.Hosting;
using Bkn.Cms.Media;
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
    : PrivateFileFolder(DataPaths.Folder(configuration, environment, "kpo-private"))
{
    /// <summary>Stores a document whose content was recognised as PDF or JPEG (<see cref="DocumentSignatures"/>).</summary>
    public Task<string> SaveDocumentAsync(byte[] content, string contentType, DateTime nowUtc, CancellationToken cancellationToken) =>
        SaveAsync(content, contentType == "application/pdf" ? ".pdf" : ".jpg", nowUtc, cancellationToken);
}
