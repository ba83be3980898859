using System.Net;
using System.Text;
using Bkn.Cms.Data;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Bkn.Cms.Tests.Fuzz;

/// <summary>
/// Issue 20: over a thousand generated malformed requests (forms, multipart, JSON, query strings, search syntax,
/// headers) at the public forms, search, sign-in and the content and helpdesk APIs of a running host. None may get a
/// 5xx, the host must keep answering, and nothing may be stored. The generator is seeded: a failure names the case
/// number and seed to replay it.
/// </summary>
public sealed class FuzzTests(FuzzTests.Host host) : IClassFixture<FuzzTests.Host>
{
    public const int Seed = 20_2026;

    private const string HelpdeskCategory = "nik-kk-tidak-ditemukan";

    private static readonly string[] HelpdeskFields = ["Nik", "Nama", "TempatLahir", "TanggalLahir", "NomorKk", "Pertanyaan", "Email", "SubmissionKey", "CaptchaToken", "CaptchaAnswer", "ScanKtp"];

    [Fact]
    public async Task Over_a_thousand_malformed_requests_get_no_server_error_store_nothing_and_leave_the_host_running()
    {
        var inputs = new MalformedInputs(Seed);
        var browser = host.Factory.CreateBrowser();
        var token = await browser.AntiforgeryTokenAsync($"/helpdesk/formulir/{HelpdeskCategory}");
        var bare = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var api = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        api.UseBearer(await api.TokenAsync("admin", CmsFactory.AdminPassword));
        var before = await CountRowsAsync();

        var cases = Cases(inputs, token);
        var failures = new List<string>();
        for (var number = 0; number < cases.Count; number++)
        {
            var (client, key, request) = cases[number];
            var client1 = client switch { Client.Browser => browser, Client.Bare => bare, _ => api };
            using var message = request();
            var description = $"#{number} {key}: {message.Method} {Shorten(message.RequestUri?.ToString())}";
            HttpResponseMessage response;
            try
            {
                response = await client1.SendAsync(message);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Add($"{description} -> the host threw {ex.GetType().Name}: {Shorten(ex.Message)}");
                continue;
            }

            if ((int)response.StatusCode >= 500)
            {
                var line = $"{description} -> {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}";
                failures.Add(line);
            }
        }

        Assert.True(cases.Count >= 1000, $"only {cases.Count} cases");
        Assert.Equal(HttpStatusCode.OK, (await bare.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bare.GetAsync("/")).StatusCode);
        Assert.Equal(before, await CountRowsAsync());
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} malformed requests (seed {Seed}) got a server error:\n" + string.Join('\n', failures.Take(40)));
    }

    private enum Client
    {
        /// <summary>Carries the antiforgery cookie the generated forms' tokens belong to.</summary>
        Browser,

        /// <summary>No cookies, so generated Cookie headers go through as sent.</summary>
        Bare,

        /// <summary>Bearer token of the administrator.</summary>
        Api,
    }

    private static List<(Client Client, string Key, Func<HttpRequestMessage> Request)> Cases(MalformedInputs inputs, string token)
    {
        var cases = new List<(Client, string, Func<HttpRequestMessage>)>();

        void Form(int count, string target, Func<string> url, string[] fields)
        {
            for (var i = 0; i < count; i++)
            {
                var path = url();
                var (content, kind) = inputs.FormBody(fields, token);
                cases.Add((Client.Browser, $"{target}/{kind}", () => new HttpRequestMessage(HttpMethod.Post, path) { Content = content }));
            }
        }

        void Json(int count, string target, Client client, Func<string> url, string[] properties)
        {
            for (var i = 0; i < count; i++)
            {
                var path = url();
                var (content, kind) = inputs.Json(properties);
                cases.Add((client, $"{target}/{kind}", () => new HttpRequestMessage(HttpMethod.Post, path) { Content = content }));
            }
        }

        void Get(int count, string target, Client client, Func<string> url)
        {
            for (var i = 0; i < count; i++)
            {
                var path = url();
                cases.Add((client, $"{target}/query", () => new HttpRequestMessage(HttpMethod.Get, path)));
            }
        }

        // No NUL in paths: Kestrel refuses those itself (400) and the in-memory test client will not send them.
        string Segment() => MalformedInputs.Escape((inputs.Text() is { Length: > 200 } text ? text[..200] : inputs.Text()).Replace("\0", "", StringComparison.Ordinal));

        // Public forms and sign-in.
        Form(220, "helpdesk-form", () => inputs.Next(8) == 0 ? $"/helpdesk/formulir/{Segment()}" : $"/helpdesk/formulir/{HelpdeskCategory}", HelpdeskFields);
        Form(80, "helpdesk-status", () => "/helpdesk/status", ["nomor", "nik"]);
        Form(150, "sign-in", () => "/akun/masuk" + (inputs.Next(4) == 0 ? inputs.QueryString(["returnUrl"]) : ""), ["UserName", "Password", "ReturnUrl"]);
        Json(80, "token", Client.Bare, () => "/api/auth/token", ["userName", "password"]);

        // Search: page and API, query syntax and odd parameters.
        Get(150, "search-page", Client.Bare, () => "/cari" + inputs.QueryString(["q", "type", "year", "page", "lang"], inputs.SearchText));
        Get(150, "search-api", Client.Bare, () => "/api/search" + inputs.QueryString(["q", "type", "year", "page"], inputs.SearchText));

        // Content and helpdesk APIs with a valid token and invalid everything else.
        Get(50, "content-api-list", Client.Api, () => "/api/content" + inputs.QueryString(["type", "status", "after", "limit", "unit", "q"]));
        Get(30, "content-api-item", Client.Api, () => $"/api/content/{Segment()}");
        Json(100, "content-api-create", Client.Api, () => "/api/content", ["ContentType", "DisplayText", "UnitId", "TitlePart", "BodyPart", "AutoroutePart", "PublishLaterPart", "ContentItemId"]);
        Get(50, "helpdesk-api-list", Client.Api, () => "/api/helpdesk/tickets" + inputs.QueryString(["status", "category", "after", "limit"]));
        Get(30, "helpdesk-api-item", Client.Api, () => $"/api/helpdesk/tickets/{Segment()}" + inputs.QueryString(["full"]));
        Json(60, "helpdesk-api-reply", Client.Api, () => $"/api/helpdesk/tickets/{(inputs.Next(2) == 0 ? "HD-2026-000001" : Segment())}/replies", ["body", "internal", "status"]);

        // Headers a browser would not send, on pages, search and the sign-in form.
        for (var i = 0; i < 100; i++)
        {
            var path = inputs.Pick(new[] { "/", "/berita", "/cari?q=pangkat", "/akun/masuk", "/helpdesk", "/api/search?q=pangkat", "/sitemap.xml", "/admin" });
            var (name, value, kind) = inputs.Header();
            cases.Add((Client.Bare, $"headers/{kind}", () =>
            {
                var message = new HttpRequestMessage(HttpMethod.Get, path);
                message.Headers.TryAddWithoutValidation(name, value);
                return message;
            }));
        }

        return cases;
    }

    private async Task<(int Content, int Tickets, int Messages, int Users)> CountRowsAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        // The per-minute SLA sweep adds system notes (deadline warnings) while the test runs; requests store none.
        return (await db.Set<ContentItemRecord>().CountAsync(), await db.Set<HelpdeskTicket>().CountAsync(),
            await db.Set<HelpdeskMessage>().CountAsync(m => m.Kind != MessageKind.System), await db.Set<CmsUser>().CountAsync());
    }

    private static string Shorten(string? text)
    {
        var flat = (text ?? "").ReplaceLineEndings(" ");
        return flat.Length > 300 ? flat[..300] + "…" : flat;
    }

    /// <summary>A site with the rate limits out of the way, so every case reaches the code under test.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public CmsFactory Factory { get; } = new(settings: new()
        {
            ["RateLimits:HelpdeskSubmitPerMinute"] = "100000",
            ["RateLimits:HelpdeskTicketsPerNikPerHour"] = "100000", ["RateLimits:HelpdeskTicketsPerAddressPerHour"] = "100000",
            ["RateLimits:HelpdeskStatusPerMinute"] = "100000",
            ["RateLimits:SearchPerMinute"] = "100000",
        });

        public Task InitializeAsync()
        {
            _ = Factory.Server;
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
