using System.Net;
using System.Text.RegularExpressions;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Tests.Infrastructure;

namespace Bkn.Cms.Tests.Helpdesk;

/// <summary>What an applicant's browser does on the helpdesk: read the form, answer the captcha, post.</summary>
public static partial class HelpdeskClient
{
    public const string ValidNik = "3201011203990001";

    public static Dictionary<string, string> NikForm(string nik = ValidNik) => new()
    {
        ["Nik"] = nik,
        ["Nama"] = "Budi Santoso",
        ["TempatLahir"] = "Bandung",
        ["TanggalLahir"] = "1999-03-12",
        ["NomorKk"] = "3201019999990001",
        ["Pertanyaan"] = "NIK saya tidak ditemukan saat registrasi.",
    };

    public static async Task<FormPage> OpenFormAsync(HttpClient browser, string category)
    {
        var html = await browser.GetStringAsync($"/helpdesk/formulir/{category}");
        var question = CaptchaRegex().Match(html);
        Assert.True(question.Success, "the form shows a captcha question in words");
        var a = HelpdeskCaptcha.ParseAnswer(question.Groups[1].Value)!.Value;
        var b = HelpdeskCaptcha.ParseAnswer(question.Groups[3].Value)!.Value;
        return new FormPage(
            Hidden(html, "__RequestVerificationToken"),
            Hidden(html, "SubmissionKey"),
            Hidden(html, "CaptchaToken"),
            question.Groups[2].Value == "ditambah" ? a + b : a - b);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string category, FormPage page, Dictionary<string, string> fields, string? answer = null, params (string Name, byte[] Content, string FileName, string MediaType)[] files)
    {
        var all = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = page.Antiforgery,
            ["SubmissionKey"] = page.SubmissionKey,
            ["CaptchaToken"] = page.CaptchaToken,
            ["CaptchaAnswer"] = answer ?? page.Answer.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        HttpContent content;
        if (files.Length == 0)
        {
            content = new FormUrlEncodedContent(all);
        }
        else
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in all)
            {
                multipart.Add(new StringContent(value), key);
            }

            foreach (var (name, bytes, fileName, mediaType) in files)
            {
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
                multipart.Add(file, name, fileName);
            }

            content = multipart;
        }

        return await browser.PostAsync($"/helpdesk/formulir/{category}", content);
    }

    /// <summary>Files a ticket and returns its number.</summary>
    public static async Task<string> FileTicketAsync(HttpClient browser, string category = "nik-kk-tidak-ditemukan", Dictionary<string, string>? fields = null)
    {
        var page = await OpenFormAsync(browser, category);
        var response = await PostAsync(browser, category, page, fields ?? NikForm());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return NumberFrom(response);
    }

    public static string NumberFrom(HttpResponseMessage response)
    {
        var location = response.Headers.Location!.ToString();
        var match = NumberRegex().Match(location);
        Assert.True(match.Success, $"redirect to the confirmation with a ticket number: {location}");
        return match.Value;
    }

    public static async Task<string> CheckStatusAsync(HttpClient browser, string number, string nik)
    {
        var response = await browser.PostFormAsync("/helpdesk/status", "/helpdesk/status", new() { ["nomor"] = number, ["nik"] = nik });

        // A right number and NIK redirect to the ticket's private status link (post/redirect/get).
        return response.StatusCode == HttpStatusCode.Redirect
            ? await browser.GetStringAsync(response.Headers.Location!.OriginalString)
            : await response.Content.ReadAsStringAsync();
    }

    public static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        if (!match.Success)
        {
            match = Regex.Match(html, $"value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"");
        }

        Assert.True(match.Success, $"hidden field {name}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static byte[] Jpeg(int size = 2048)
    {
        var bytes = new byte[size];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        bytes[3] = 0xE0;
        return bytes;
    }

    [GeneratedRegex("Berapa ([a-z ]+?) (ditambah|dikurangi) ([a-z ]+?)\\?")]
    private static partial Regex CaptchaRegex();

    [GeneratedRegex("HD-[0-9]{4}-[0-9]{6,}")]
    private static partial Regex NumberRegex();
}

/// <summary>The hidden fields and the captcha answer of a freshly opened form.</summary>
public sealed record FormPage(string Antiforgery, string SubmissionKey, string CaptchaToken, int Answer);
