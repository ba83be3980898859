using System.Net;
using System.Net.Http.Json;
using Bkn.Cms.Tests.Infrastructure;

namespace Bkn.Cms.Tests.Integration;

public sealed class AuthenticationTests : IClassFixture<SharedHost>
{
    private readonly CmsFactory _factory;

    public AuthenticationTests(SharedHost host) => _factory = host.Factory;

    [Fact]
    public async Task Anonymous_visitors_of_the_admin_are_sent_to_the_login_page_and_come_back_after_signing_in()
    {
        var browser = _factory.CreateBrowser();

        var response = await browser.GetAsync("/admin/fitur");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/akun/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var login = await browser.PostFormAsync("/akun/masuk?ReturnUrl=%2Fadmin%2Ffitur", "/akun/masuk", new()
        {
            ["UserName"] = "admin",
            ["Password"] = CmsFactory.AdminPassword,
            ["ReturnUrl"] = "/admin/fitur",
        });
        Assert.Equal("/admin/fitur", login.Headers.Location!.OriginalString);
        Assert.Contains("Selalu aktif", await browser.GetStringAsync("/admin/fitur"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_indonesian_and_an_offsite_return_url_is_ignored()
    {
        var browser = _factory.CreateBrowser();

        var wrong = await browser.SignInAsync("admin", "salah-sekali");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Nama pengguna atau kata sandi salah.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var offsite = await browser.PostFormAsync("/akun/masuk", "/akun/masuk", new()
        {
            ["UserName"] = "admin",
            ["Password"] = CmsFactory.AdminPassword,
            ["ReturnUrl"] = "https://jahat.example/",
        });
        Assert.Equal("/admin", offsite.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Api_requests_without_a_token_get_401_even_with_an_admin_cookie()
    {
        var browser = _factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var response = await browser.GetAsync("/api/features");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_token_endpoint_gives_a_short_lived_bearer_token_that_opens_the_api()
    {
        var client = _factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = CmsFactory.AdminPassword });
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body!.ContainsKey("access_token"));
        Assert.Equal("1800", body["expires_in"].ToString());

        client.UseBearer(body["access_token"].ToString()!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/features")).StatusCode);

        client.UseBearer("bukan-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/features")).StatusCode);
    }

    [Fact]
    public async Task Wrong_api_credentials_get_401_and_five_of_them_shut_that_client_out_with_the_same_answer()
    {
        await using var factory = new CmsFactory();
        var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "salah" + i });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        // The right password no longer works from this client, through the API or the login form, and the answer is the
        // one of a wrong password: it does not tell that the account exists (SignInTests covers other addresses).
        var locked = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = CmsFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.DoesNotContain("terkunci", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var form = await factory.CreateBrowser().SignInAsync("admin", CmsFactory.AdminPassword);
        Assert.Contains("Nama pengguna atau kata sandi salah.", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_requires_the_old_one_and_the_new_one_works_afterwards()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var wrongOld = await browser.PostFormAsync("/admin/akun/sandi", "/admin/akun/sandi", new()
        {
            ["CurrentPassword"] = "bukan-ini",
            ["NewPassword"] = "Sandi-Baru-2026",
            ["ConfirmPassword"] = "Sandi-Baru-2026",
        });
        Assert.Contains("Kata sandi salah.", await wrongOld.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tooWeak = await browser.PostFormAsync("/admin/akun/sandi", "/admin/akun/sandi", new()
        {
            ["CurrentPassword"] = CmsFactory.AdminPassword,
            ["NewPassword"] = "pendek",
            ["ConfirmPassword"] = "pendek",
        });
        Assert.Contains("Kata sandi minimal 10 karakter.", await tooWeak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = await browser.PostFormAsync("/admin/akun/sandi", "/admin/akun/sandi", new()
        {
            ["CurrentPassword"] = CmsFactory.AdminPassword,
            ["NewPassword"] = "Sandi-Baru-2026",
            ["ConfirmPassword"] = "Sandi-Baru-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var fresh = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await fresh.SignInAsync("admin", CmsFactory.AdminPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync("admin", "Sandi-Baru-2026")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var browser = _factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).StatusCode);

        await browser.PostFormAsync("/admin", "/akun/keluar", []);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin")).StatusCode);
    }
}
