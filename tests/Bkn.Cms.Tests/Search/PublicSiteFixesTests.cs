using System.Net;
using System.Text.RegularExpressions;
using Bkn.Cms.Tests.Infrastructure;

namespace Bkn.Cms.Tests.Search;

/// <summary>
/// What a visitor of the sample site notices (issue 21): a misspelt search suggests the likely words and shows their
/// results with clean snippets; the helpdesk form reads in English.
/// </summary>
public sealed partial class PublicSiteFixesTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task A_misspelt_query_shows_the_results_of_the_likely_words_with_snippets_free_of_metadata()
    {
        var visitor = host.Factory.CreateBrowser();
        await SearchTestData.WaitUntilCaughtUpAsync(host.Factory);

        var json = await SearchTestData.SearchAsync(visitor, "kenaikn pangakt");
        Assert.Equal("kenaikan pangkat", json["suggestion"]!.GetValue<string>());
        Assert.True(json["total"]!.GetValue<int>() > 0, "the corrected words find pages");

        var page = await visitor.GetStringAsync("/cari?q=kenaikn+pangakt");
        Assert.Contains("Menampilkan hasil untuk:", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/cari?q=kenaikan%20pangkat&amp;page=1\"", page, StringComparison.Ordinal);
        Assert.Contains("<mark>", page, StringComparison.Ordinal);

        // The regulation's snippet is its abstract, not its type, place, status or language.
        var regulation = Regex.Match(page, "Nomor 25 Tahun 2013.*?<p class=\"snippet\">(.*?)</p>", RegexOptions.Singleline);
        Assert.True(regulation.Success, "the Perka 25/2013 is among the results");
        Assert.DoesNotContain("Peraturan Perundang-undangan", regulation.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("persetujuan teknis", regulation.Groups[1].Value, StringComparison.OrdinalIgnoreCase);

        // Correct words are left alone: no suggestion.
        Assert.Null((await SearchTestData.SearchAsync(visitor, "kenaikan pangkat"))["suggestion"]);
    }

    [Fact]
    public async Task In_English_the_helpdesk_form_its_intro_captcha_and_validation_messages_read_in_English()
    {
        var browser = host.Factory.CreateBrowser();
        await browser.GetAsync("/bahasa/en?returnUrl=/");
        var list = await browser.GetStringAsync("/helpdesk");
        Assert.Contains("Place of birth not found", list, StringComparison.Ordinal);
        Assert.Contains("I forgot the password of my SSCN account.", list, StringComparison.Ordinal);

        var html = await browser.GetStringAsync("/helpdesk/formulir/lokasi-lahir");
        Assert.Contains("<h1>Place of birth not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Cannot register because the place of birth is not in the list.", html, StringComparison.Ordinal);
        var captcha = CaptchaRegex().Match(html);
        Assert.True(captcha.Success, "the captcha question is in English");

        var response = await browser.PostAsync("/helpdesk/formulir/lokasi-lahir", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Bkn.Cms.Tests.Helpdesk.HelpdeskClient.Hidden(html, "__RequestVerificationToken"),
            ["SubmissionKey"] = Bkn.Cms.Tests.Helpdesk.HelpdeskClient.Hidden(html, "SubmissionKey"),
            ["CaptchaToken"] = Bkn.Cms.Tests.Helpdesk.HelpdeskClient.Hidden(html, "CaptchaToken"),
            ["CaptchaAnswer"] = "",
            ["Nik"] = Bkn.Cms.Tests.Helpdesk.HelpdeskClient.ValidNik,
        }));
        var errors = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Please check the following:", errors, StringComparison.Ordinal);
        Assert.Contains("Place of birth is required.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("wajib diisi", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Berapa ", errors, StringComparison.Ordinal);
    }

    [GeneratedRegex("What is (\\S+) (plus|minus) (\\S+)\\?")]
    private static partial Regex CaptchaRegex();
}
