using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bkn.Cms.Tests.Infrastructure;

/// <summary>What a browser or an API client does: sign in with the form, post forms with their antiforgery token.</summary>
public static partial class Http
{
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = TokenRegex().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {url}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, string postUrl, Dictionary<string, string> fields)
    {
        var token = await client.AntiforgeryTokenAsync(formUrl);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password)
    {
        var response = await client.PostFormAsync("/akun/masuk", "/akun/masuk", new() { ["UserName"] = userName, ["Password"] = password });
        return response;
    }

    public static async Task SignInAsAdminAsync(this HttpClient client)
    {
        var response = await client.SignInAsync("admin", CmsFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<string> TokenAsync(this HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public static void UseBearer(this HttpClient client, string token) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
