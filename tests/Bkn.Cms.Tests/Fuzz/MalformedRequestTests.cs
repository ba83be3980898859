using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Bkn.Cms.Hosting;
using Bkn.Cms.Tests.Helpdesk;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Tests.Fuzz;

/// <summary>
/// Issue 20 item 6: a form post or API request the host cannot read is the sender's fault. It gets a 4xx with a clear
/// Indonesian explanation (problem details on /api), exactly one log line without the submitted values, and the
/// host keeps serving.
/// </summary>
public sealed class MalformedRequestTests(MalformedRequestTests.Host host) : IClassFixture<MalformedRequestTests.Host>
{
    public const string HelpdeskForm = "/helpdesk/formulir/nik-kk-tidak-ditemukan";

    /// <summary>The public form endpoints: sign-in, the helpdesk form, the helpdesk status check.</summary>
    public static readonly string[] FormEndpoints = ["/akun/masuk", HelpdeskForm, "/helpdesk/status"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in FormEndpoints)
        {
            foreach (var kind in new[] { "multipart-without-boundary", "truncated-multipart", "too-many-fields", "over-long-key", "over-long-value", "nul-in-field", "json-instead-of-form", "broken-token", "unsupported-charset" })
            {
                data.Add(endpoint, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_form_post_that_cannot_be_read_gets_400_with_an_explanation_and_one_log_line(string endpoint, string kind)
    {
        var browser = host.Factory.CreateBrowser();
        var token = await browser.AntiforgeryTokenAsync(HelpdeskForm);
        var before = host.Refusals.Count;
        var allBefore = host.All.Count;

        var response = await browser.PostAsync(endpoint, Body(kind, token));

        var page = await response.Content.ReadAsStringAsync();
        if (kind == "over-long-value" && response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
        {
            Assert.Contains("Permintaan terlalu besar", page, StringComparison.Ordinal); // over the action's body limit
        }
        else if (kind == "unsupported-charset")
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Contains("Jenis isi tidak didukung", page, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}; the host logged:\n" + string.Join('\n', host.All.Skip(allBefore).Select(l => $"{l.Level} {l.Category}: {l.Text}")));
            Assert.Contains("Permintaan tidak dapat dibaca", page, StringComparison.Ordinal);
        }

        var lines = host.Refusals.Skip(before).ToList();
        var line = Assert.Single(lines);
        Assert.Contains(endpoint, line.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Budi", line.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("3201011203990001", line.Text, StringComparison.Ordinal);

        // The host is unharmed: the same form still opens.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(endpoint)).StatusCode);
    }

    [Fact]
    public async Task A_nul_character_in_the_address_gets_400_on_pages_and_problem_details_on_the_api()
    {
        var client = host.Factory.CreateClient();

        var page = await client.GetAsync("/cari?q=berita%00");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Permintaan tidak dapat dibaca", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await client.GetAsync("/api/search?q=%00");
        await AssertProblemAsync(api, HttpStatusCode.BadRequest, "Permintaan tidak dapat dibaca.");
    }

    [Fact]
    public async Task An_api_body_that_is_not_json_gets_problem_details_in_indonesian()
    {
        var client = host.Factory.CreateClient();

        var token = await client.PostAsync("/api/auth/token", new StringContent("{\"userName\": ", Encoding.UTF8, "application/json"));
        await AssertProblemAsync(token, HttpStatusCode.BadRequest, "Permintaan tidak dapat dibaca.");

        var year = await client.GetAsync("/api/search?q=pangkat&year=dua-ribu");
        await AssertProblemAsync(year, HttpStatusCode.BadRequest, "Permintaan tidak dapat dibaca.");

        // Still answering properly afterwards.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = CmsFactory.AdminPassword })).StatusCode);
    }

    internal static HttpContent Body(string kind, string token)
    {
        var tokenField = "__RequestVerificationToken=" + Uri.EscapeDataString(token);
        switch (kind)
        {
            case "multipart-without-boundary":
                return Raw("Nik=3201011203990001&" + tokenField, "multipart/form-data");
            case "truncated-multipart":
                return Raw($"--b0undary\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n--b0undary\r\nContent-Disposition: form-data; name=\"Nama\"\r\n\r\nBudi Sant", "multipart/form-data; boundary=b0undary");
            case "too-many-fields":
                return Raw(string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=Budi")) + "&" + tokenField, "application/x-www-form-urlencoded");
            case "over-long-key":
                return Raw(new string('k', 3000) + "=Budi&" + tokenField, "application/x-www-form-urlencoded");
            case "over-long-value":
                return Raw("Pertanyaan=" + new string('a', 4_200_000) + "&" + tokenField, "application/x-www-form-urlencoded");
            case "nul-in-field":
                return new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["UserName"] = "Budi\0", ["Password"] = "x\0y", ["Nama"] = "Budi\0Santoso",
                    ["Nik"] = "3201011203990001\0", ["nomor"] = "HD-2026-000001\0", ["nik"] = "3201011203990001\0", ["Pertanyaan"] = "a\0b",
                });
            case "json-instead-of-form":
                return new StringContent("{\"UserName\":\"Budi\",\"Nik\":\"3201011203990001\"}", Encoding.UTF8, "application/json");
            case "unsupported-charset":
                return Raw("Nama=Budi&" + tokenField, "application/x-www-form-urlencoded; charset=utf-7");
            case "broken-token":
                return new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "%%%" + token[..10], ["Nama"] = "Budi" });
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, json.RootElement.GetProperty("title").GetString());
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
    }

    private static ByteArrayContent Raw(string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    /// <summary>A site with the rate limits out of the way whose refusal log lines the tests read.</summary>
    public sealed class Host : IAsyncLifetime
    {
        private readonly LogCapture _logs = new();

        public Host() => Factory = new CmsFactory(
            settings: new()
            {
                ["RateLimits:HelpdeskSubmitPerMinute"] = "100000",
                ["RateLimits:HelpdeskTicketsPerNikPerHour"] = "100000", ["RateLimits:HelpdeskTicketsPerAddressPerHour"] = "100000",
                ["RateLimits:HelpdeskStatusPerMinute"] = "100000",
                ["Logging:LogLevel:Bkn.Cms.Hosting"] = "Information",
            },
            services: services => services.AddSingleton<ILoggerProvider>(_logs));

        public CmsFactory Factory { get; }

        /// <summary>The log lines of refused requests, in order.</summary>
        public List<LogCapture.LogLine> Refusals => [.. _logs.Lines.Where(l => l.Category == typeof(MalformedRequest).FullName && l.Level >= LogLevel.Warning)];

        /// <summary>Every log line, for failure messages.</summary>
        public List<LogCapture.LogLine> All => [.. _logs.Lines];

        public Task InitializeAsync()
        {
            _ = Factory.Server;
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
