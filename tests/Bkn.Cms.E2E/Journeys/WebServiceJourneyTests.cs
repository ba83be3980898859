using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>
/// A BKN administrator onboards an agency (request, approval, training secret, test calls, production, public IP) and
/// sees its first calls on the usage chart. The agency's system is played by an HttpClient calling the real API.
/// </summary>
public sealed class WebServiceJourneyTests(SiteFixture site) : JourneyTest(site)
{
    [Fact]
    public async Task Bkn_admin_onboards_an_agency_and_sees_its_first_calls_on_the_usage_chart()
    {
        Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await Page.GotoAsync("/admin/layanan-web/pengajuan");
        await SubmitLoginAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Pengajuan Layanan Web", Level = 1 })).ToBeVisibleAsync();

        // The request of Kalimantan Timur (no web service yet), with the address the agency's system calls from.
        await Page.GetByLabel("Instansi").SelectOptionAsync(new SelectOptionValue { Label = "Pemerintah Provinsi Kalimantan Timur (PROV-64)" });
        await Page.GetByLabel("Nama narahubung").FillAsync("BKD Provinsi Kalimantan Timur");
        await Page.GetByLabel("Surel narahubung").FillAsync("bkd@kaltimprov.go.id");
        await Page.GetByLabel("Telepon narahubung").FillAsync("0541-733333");
        await Page.GetByLabel("Alamat IP publik (satu per baris, alamat atau CIDR)").FillAsync("127.0.0.1");
        await ScreenshotAsync("01-request");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ajukan", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#tahap")).ToHaveTextAsync("Diajukan");

        // BKN approves: the workflow issues the training client; the secret is read once.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Setujui dan terbitkan kredensial pelatihan" }).ClickAsync();
        await Expect(Page.Locator("#tahap")).ToHaveTextAsync("Pelatihan");
        await ScreenshotAsync("02-approved");
        var detailUrl = Page.Url;
        await Page.GetByRole(AriaRole.Button, new() { Name = "Baca rahasia pelatihan" }).ClickAsync();
        var trainingId = (await Page.Locator("#client-id").InnerTextAsync()).Trim();
        var trainingSecret = (await Page.Locator("#client-secret").InnerTextAsync()).Trim();
        Assert.StartsWith("prov-64-latih-", trainingId, StringComparison.Ordinal);

        // The agency's system makes its test calls.
        using var agency = new HttpClient { BaseAddress = Site.BaseAddress };
        var trainingToken = await TokenAsync(agency, trainingId, trainingSecret);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(agency, trainingToken, "/api/ws/v1/referensi/golongan")).StatusCode);
        }

        // Production is asked for, BKN registers the public IP, and the registry status becomes Implementasi.
        await Page.GotoAsync(detailUrl);
        await Expect(Page.Locator("#panggilan-uji")).ToHaveTextAsync(new Regex("^[3-9][0-9]* / 3$"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Minta produksi" }).ClickAsync();
        await Expect(Page.Locator("#tahap")).ToHaveTextAsync("Produksi diminta");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Daftarkan IP publik" }).ClickAsync();
        await Expect(Page.Locator("#tahap")).ToHaveTextAsync("Implementasi");
        await ScreenshotAsync("03-implementasi");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Baca rahasia produksi" }).ClickAsync();
        var productionId = (await Page.Locator("#client-id").InnerTextAsync()).Trim();
        var productionSecret = (await Page.Locator("#client-secret").InnerTextAsync()).Trim();
        var productionToken = await TokenAsync(agency, productionId, productionSecret);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(agency, productionToken, "/api/ws/v1/pns?limit=5")).StatusCode);

        // The usage chart shows the agency's first calls.
        await Page.GotoAsync("/admin/layanan-web/penggunaan?instansi=PROV-64");
        await Expect(Page.Locator("[data-ws-chart=usage]")).ToBeVisibleAsync();
        var calls = Regex.Matches(await Page.ContentAsync(), "data-calls=\"([0-9]+)\"").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(calls >= 4, $"the chart counts {calls} calls");
        await ScreenshotAsync("04-usage");
    }

    private static async Task<string> TokenAsync(HttpClient client, string id, string secret)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = id,
            ["client_secret"] = secret,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string token, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }
}
