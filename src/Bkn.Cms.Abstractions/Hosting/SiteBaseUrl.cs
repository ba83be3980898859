using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bkn.Cms.Hosting;

/// <summary>
/// <c>App:BaseUrl</c>, the public address in canonical and OpenGraph links, feeds, the sitemap and the JDIHN feed.
/// Without it those links are built from the request's Host header, which the client chooses; so outside Development
/// the start is refused until it is set (docs/OPERATIONS.md), and Development keeps the request's host for local runs.
/// </summary>
public static class SiteBaseUrl
{
    public const string Key = "App:BaseUrl";

    /// <summary>Throws with the key when the address is missing outside Development or is not an absolute http(s) URL.</summary>
    public static void Validate(IConfiguration configuration, IHostEnvironment environment)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            if (environment.IsDevelopment())
            {
                return;
            }

            throw new InvalidOperationException(
                $"Konfigurasi {Key} wajib diisi di luar lingkungan Development (mis. https://www.bkn.go.id): tanpa itu tautan kanonis, umpan RSS, peta situs dan JDIHN memakai header Host yang dipilih pengirim permintaan.");
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new InvalidOperationException($"Konfigurasi {Key} berisi '{value}', yang bukan alamat http(s) absolut tanpa query (mis. https://www.bkn.go.id).");
        }
    }
}
