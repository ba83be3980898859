using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Humas.Services;

/// <summary>Absolute addresses for feeds, the sitemap and the JDIHN feed: App:BaseUrl when set (the Host header is chosen by the client).</summary>
public static class SiteAddress
{
    public static string BaseUrl(HttpContext context, IConfiguration configuration) =>
        (configuration["App:BaseUrl"] is { Length: > 0 } configured ? configured : $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}").TrimEnd('/');

    public static string Absolute(string baseUrl, string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? path
            : baseUrl + "/" + path.TrimStart('/');
}
