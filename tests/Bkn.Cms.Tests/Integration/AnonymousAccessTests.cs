using System.Net;
using System.Text.RegularExpressions;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

public sealed partial class AnonymousAccessTests(SharedHost host) : IClassFixture<SharedHost>
{
    private static readonly string[] PublicApiEndpoints = ["/api/auth/token", "/api/jdihn", "/api/search"];

    [Fact]
    public async Task Every_admin_and_api_endpoint_refuses_anonymous_users()
    {
        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => IsGuarded(e.RoutePattern.RawText ?? ""))
            .ToList();
        var client = host.Factory.CreateBrowser();
        var checkedRequests = new List<string>();

        foreach (var endpoint in endpoints)
        {
            var url = Url(endpoint.RoutePattern);
            var publicApi = endpoint.Metadata.GetMetadata<Bkn.Cms.Security.AllowAnonymousApiAttribute>() is not null;
            var allowsAnonymous = url.StartsWith("/api", StringComparison.Ordinal) ? publicApi : endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (publicApi)
            {
                // The explicit allow-list of public API endpoints (documented in the README): nothing else may join silently.
                // The agencies' web service (/api/ws) has its own OAuth2 scheme; its data endpoints answer 401 below.
                Assert.True(PublicApiEndpoints.Contains(url) || url.StartsWith("/api/ws/", StringComparison.Ordinal), url);
            }

            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                var response = await client.SendAsync(request);
                checkedRequests.Add($"{method} {url} -> {(int)response.StatusCode}");
                if (url == "/api/search")
                {
                    // Deliberately anonymous: public search results, the same a visitor sees at /cari (docs/adr/0008).
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    continue;
                }

                if (allowsAnonymous)
                {
                    // Anonymous on purpose: the token endpoint must not hand out anything without credentials; public feeds answer.
                    if (url.StartsWith("/api/ws/v1/", StringComparison.Ordinal) && url != "/api/ws/v1/openapi.json")
                    {
                        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url} answered {(int)response.StatusCode}");
                    }
                    else if (url is not ("/api/jdihn" or "/api/ws/v1/openapi.json" or "/api/ws/docs"))
                    {
                        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
                    }

                    continue;
                }

                if (url.StartsWith("/api", StringComparison.Ordinal))
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url} answered {(int)response.StatusCode}");
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {url} answered {(int)response.StatusCode}");
                    Assert.StartsWith("/akun/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
                }
            }
        }

        // The enumeration found the modules' endpoints, not an empty list.
        Assert.Contains(checkedRequests, r => r.StartsWith("GET /admin/fitur ", StringComparison.Ordinal));
        Assert.Contains(checkedRequests, r => r.StartsWith("POST /api/features/", StringComparison.Ordinal));
        Assert.Contains(checkedRequests, r => r.StartsWith("POST /admin/pengguna/", StringComparison.Ordinal));
        Assert.True(checkedRequests.Count > 25, string.Join("\n", checkedRequests));
    }

    private static bool IsGuarded(string pattern)
    {
        var path = "/" + pattern.TrimStart('/');
        return path.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/api", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A URL that matches the pattern: parameters get values their constraints accept.</summary>
    private static string Url(RoutePattern pattern)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                text += part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => ValueFor(parameter),
                    _ => "x",
                };
            }

            segments.Add(text);
        }

        return "/" + string.Join('/', segments);
    }

    private static string ValueFor(RoutePatternParameterPart parameter)
    {
        foreach (var policy in parameter.ParameterPolicies)
        {
            var content = policy.Content ?? "";
            if (content == "guid")
            {
                return Guid.NewGuid().ToString();
            }

            if (content == "int")
            {
                return "1";
            }

            if (content.StartsWith("regex(", StringComparison.Ordinal))
            {
                return FirstAlternative().Match(content).Groups[1].Value;
            }
        }

        return "x";
    }

    [GeneratedRegex(@"\^\(?([^|)$]+)")]
    private static partial Regex FirstAlternative();
}
