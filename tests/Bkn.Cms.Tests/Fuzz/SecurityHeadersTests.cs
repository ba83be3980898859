using System.Net;
using System.Text.RegularExpressions;
using Bkn.Cms.Hosting;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bkn.Cms.Tests.Fuzz;

/// <summary>Issue 20 item 9: security headers on every answer, Secure cookies behind a TLS proxy, HSTS, no Server header.</summary>
public sealed partial class SecurityHeadersTests(SharedHost host) : IClassFixture<SharedHost>
{
    private const string ProxyAddress = "10.0.0.5";

    [Theory]
    [InlineData("/")]
    [InlineData("/berita")]
    [InlineData("/cari?q=pangkat")]
    [InlineData("/helpdesk/formulir/nik-kk-tidak-ditemukan")]
    [InlineData("/akun/masuk")]
    [InlineData("/halaman-yang-tidak-ada")]
    [InlineData("/api/search?q=pangkat")]
    [InlineData("/api/content")]
    [InlineData("/_content/Bkn.Themes.Public/site.css")]
    public async Task Every_answer_carries_a_strict_csp_and_the_other_security_headers(string url)
    {
        var response = await host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(url);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = Directive(csp, "script-src");
        Assert.Equal("'self'", scriptSrc); // no inline script, no eval, no other origin
        Assert.Equal("'none'", Directive(csp, "frame-ancestors"));
        Assert.Equal("'none'", Directive(csp, "object-src"));
        Assert.Equal("'self'", Directive(csp, "default-src"));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public void Views_have_no_inline_script_or_event_handler_attributes()
    {
        var root = RepositoryRoot();
        var offenders = new List<string>();
        foreach (var folder in new[] { "modules", "themes", "src" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cshtml", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
            {
                var text = File.ReadAllText(file);
                foreach (Match match in InlineScriptRegex().Matches(text))
                {
                    offenders.Add($"{Path.GetRelativePath(root, file)}: {match.Value}");
                }

                foreach (Match match in HandlerRegex().Matches(text))
                {
                    offenders.Add($"{Path.GetRelativePath(root, file)}: {match.Value}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Inline script is blocked by the Content-Security-Policy; move it to a static .js file:\n" + string.Join('\n', offenders));
    }

    /// <summary>
    /// Every POST is checked for an antiforgery token (a global filter), so a form that does not carry one fails with
    /// 400 in the browser although tests that borrow another form's token pass. The form tag helper adds the token only
    /// when the form has no literal <c>action</c>, uses <c>asp-*</c> routing or says <c>asp-antiforgery="true"</c>;
    /// otherwise the form must write it itself.
    /// </summary>
    [Fact]
    public void Every_post_form_in_a_view_carries_an_antiforgery_token()
    {
        var root = RepositoryRoot();
        var offenders = new List<string>();
        foreach (var folder in new[] { "modules", "themes", "src" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cshtml", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
            {
                var text = File.ReadAllText(file);
                foreach (Match form in FormTagRegex().Matches(text))
                {
                    var tag = form.Value;
                    if (!PostMethodRegex().IsMatch(tag) || tag.Contains("asp-antiforgery=\"true\"", StringComparison.Ordinal)
                        || AspRoutingRegex().IsMatch(tag) || !LiteralActionRegex().IsMatch(tag))
                    {
                        continue;
                    }

                    var end = text.IndexOf("</form>", form.Index, StringComparison.OrdinalIgnoreCase);
                    var body = end < 0 ? text[form.Index..] : text[form.Index..end];
                    if (!body.Contains("AntiForgeryToken", StringComparison.Ordinal))
                    {
                        offenders.Add($"{Path.GetRelativePath(root, file)}: {tag}");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, "These forms post without an antiforgery token (add asp-antiforgery=\"true\" or @Html.AntiForgeryToken()):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Kestrel_does_not_send_a_server_header()
    {
        Assert.False(host.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task Behind_a_tls_proxy_the_antiforgery_auth_and_language_cookies_are_secure()
    {
        await using var factory = new CmsFactory(
            settings: new() { [ReverseProxy.KnownProxiesKey] = ProxyAddress },
            services: services => services.AddSingleton<IStartupFilter>(new FromProxy()));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        var form = await client.GetAsync("/akun/masuk");
        var antiforgery = Assert.Single(SetCookies(form), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        var token = TokenRegex().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var signIn = new HttpRequestMessage(HttpMethod.Post, "/akun/masuk")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = CmsFactory.AdminPassword, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }),
        };
        signIn.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signedIn = await client.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("; secure", Assert.Single(SetCookies(signedIn), c => c.StartsWith("bkn.auth=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);

        var language = await client.GetAsync("/bahasa/en?returnUrl=/");
        Assert.Contains("; secure", Assert.Single(SetCookies(language), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);

        // The same site over plain HTTP (no forwarded scheme) cannot use Secure cookies.
        var plain = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Assert.DoesNotContain("; secure", Assert.Single(SetCookies(await plain.GetAsync("/akun/masuk")), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Outside_development_https_answers_carry_hsts_and_plain_http_answers_do_not()
    {
        await using var factory = new CmsFactory(settings: new() { ["environment"] = "Production", [SiteBaseUrl.Key] = "https://www.bkn.go.id" });

        var https = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://www.bkn.go.id/"), AllowAutoRedirect = false });
        var hsts = Assert.Single((await https.GetAsync("/")).Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);

        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://www.bkn.go.id/"), AllowAutoRedirect = false });
        Assert.False((await http.GetAsync("/")).Headers.Contains("Strict-Transport-Security"));
    }

    private static string? Directive(string csp, string name) =>
        csp.Split(';', StringSplitOptions.TrimEntries).FirstOrDefault(d => d.StartsWith(name + " ", StringComparison.Ordinal))?[(name.Length + 1)..];

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    // A <script> element with content (no src) and on…= event handler attributes.
    [GeneratedRegex(@"<form\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTagRegex();

    [GeneratedRegex(@"\smethod\s*=\s*[""']post[""']", RegexOptions.IgnoreCase)]
    private static partial Regex PostMethodRegex();

    [GeneratedRegex(@"\sasp-(action|controller|page|route|area)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AspRoutingRegex();

    [GeneratedRegex(@"\saction\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex LiteralActionRegex();

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScriptRegex();

    [GeneratedRegex(@"\son[a-z]+\s*=\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerRegex();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    /// <summary>The test server has no remote address; every request arrives from the known proxy.</summary>
    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ProxyAddress);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
