using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bkn.Cms.Data;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>Sign-in answers tell nothing about accounts, and nobody can lock someone else out (issue 20, item 10).</summary>
public sealed partial class SignInTests
{
    private const string Password = "Pengguna-Uji-2026";
    private const string ClientHeader = "X-Test-Client";

    [Fact]
    public async Task A_locked_or_inactive_account_answers_exactly_like_an_unknown_name_on_the_form_and_the_api()
    {
        await using var factory = Factory(out _);
        await CreateUsersAsync(factory);
        var attacker = Browser(factory, "203.0.113.7");
        for (var i = 0; i < 5; i++)
        {
            await attacker.SignInAsync("petugas", "salah-" + i);
        }

        var unknown = await FormAnswerAsync(attacker, "tidak-ada", Password);
        var wrong = await FormAnswerAsync(attacker, "pasif", "salah");
        Assert.Equal((HttpStatusCode.OK, "Nama pengguna atau kata sandi salah."), unknown);
        Assert.Equal(unknown, await FormAnswerAsync(attacker, "petugas", Password)); // locked for this address, right password
        Assert.Equal(unknown, await FormAnswerAsync(attacker, "pasif", Password)); // deactivated
        Assert.Equal(unknown, wrong);

        var api = Client(factory, "203.0.113.7");
        var unknownApi = await ApiAnswerAsync(api, "tidak-ada", Password);
        Assert.Equal((HttpStatusCode.Unauthorized, "Nama pengguna atau kata sandi salah."), unknownApi);
        Assert.Equal(unknownApi, await ApiAnswerAsync(api, "petugas", Password));
        Assert.Equal(unknownApi, await ApiAnswerAsync(api, "pasif", Password));
        Assert.Equal(unknownApi, await ApiAnswerAsync(api, "petugas", "salah"));
    }

    [Fact]
    public async Task Five_failures_shut_out_only_the_address_they_came_from_until_a_user_manager_lifts_it()
    {
        await using var factory = Factory(out _);
        await CreateUsersAsync(factory);
        var attacker = Client(factory, "203.0.113.7");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.PostAsJsonAsync("/api/auth/token", new { userName = "petugas", password = "salah" + i })).StatusCode);
        }

        // Guessing from that address is over: even the right password is refused there.
        Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.PostAsJsonAsync("/api/auth/token", new { userName = "petugas", password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Browser(factory, "203.0.113.7").SignInAsync("petugas", Password)).StatusCode);

        // The owner, elsewhere, is not locked out: by the form or the API.
        Assert.Equal(HttpStatusCode.Redirect, (await Browser(factory, "198.51.100.20").SignInAsync("petugas", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(factory, "198.51.100.20").PostAsJsonAsync("/api/auth/token", new { userName = "petugas", password = Password })).StatusCode);

        // The user list shows the lockout and "Buka kunci" lifts it.
        var admin = Browser(factory, "198.51.100.1");
        await admin.SignInAsAdminAsync();
        var id = await UserIdAsync(factory, "petugas");
        Assert.Contains("Buka kunci", await admin.GetStringAsync($"/admin/pengguna/{id}"), StringComparison.Ordinal);
        await admin.PostFormAsync($"/admin/pengguna/{id}", $"/admin/pengguna/{id}/buka-kunci", []);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser(factory, "203.0.113.7").SignInAsync("petugas", Password)).StatusCode);
    }

    [Fact]
    public async Task Every_failed_sign_in_costs_one_password_hash_whatever_the_reason()
    {
        await using var factory = Factory(out var hasher);
        await CreateUsersAsync(factory);
        var api = Client(factory, "203.0.113.7");
        for (var i = 0; i < 5; i++)
        {
            await api.PostAsJsonAsync("/api/auth/token", new { userName = "petugas", password = "salah" + i });
        }

        foreach (var (userName, password) in new[] { ("tidak-ada", Password), ("pasif", Password), ("petugas", Password), ("admin", "salah") })
        {
            var before = hasher.Verifications;
            await api.PostAsJsonAsync("/api/auth/token", new { userName, password });
            Assert.True(hasher.Verifications - before == 1, $"{userName}: {hasher.Verifications - before} password checks");
        }
    }

    private static CmsFactory Factory(out CountingHasher hasher)
    {
        var counting = hasher = new CountingHasher();
        return new CmsFactory(services: services =>
        {
            services.AddSingleton<IStartupFilter>(new ClientFromHeader());
            services.AddSingleton<IPasswordHasher<CmsUser>>(counting);
        });
    }

    private static async Task CreateUsersAsync(CmsFactory factory)
    {
        var admin = Browser(factory, "198.51.100.1");
        await admin.SignInAsAdminAsync();
        await UnitFeatureTests.CreateUserAsync(factory, admin, "petugas", "DIT-PDIK", "Operator Helpdesk");
        await UnitFeatureTests.CreateUserAsync(factory, admin, "pasif", "DIT-PDIK", "Operator Helpdesk");
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var pasif = (await users.FindByNameAsync("pasif"))!;
        pasif.IsActive = false;
        await users.UpdateAsync(pasif);
    }

    private static HttpClient Browser(CmsFactory factory, string address)
    {
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.Add(ClientHeader, address);
        return browser;
    }

    private static HttpClient Client(CmsFactory factory, string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    private static async Task<(HttpStatusCode, string)> FormAnswerAsync(HttpClient browser, string userName, string password)
    {
        var response = await browser.SignInAsync(userName, password);
        var match = SummaryRegex().Match(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, WebUtility.HtmlDecode(match.Groups[1].Value).Trim());
    }

    private static async Task<(HttpStatusCode, string)> ApiAnswerAsync(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.GetProperty("title").GetString()!);
    }

    private static async Task<string> UserIdAsync(CmsFactory factory, string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName))!.Id;
    }

    [GeneratedRegex("validation-summary-errors[^>]*>\\s*<ul>\\s*<li>([^<]*)</li>", RegexOptions.Singleline)]
    private static partial Regex SummaryRegex();

    /// <summary>Counts password checks: the only cost a failed sign-in should have, whatever its reason.</summary>
    private sealed class CountingHasher : IPasswordHasher<CmsUser>
    {
        private readonly PasswordHasher<CmsUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(CmsUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(CmsUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    /// <summary>The test server has no client address: each test client names its own.</summary>
    private sealed class ClientFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[ClientHeader].ToString() is { Length: > 0 } value)
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(value);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
