using System.Globalization;
using System.Net;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Helpdesk;

/// <summary>The captcha takes one guess per challenge, on every node of a site (issue 20, item 10).</summary>
public sealed class HelpdeskCaptchaTests
{
    private const string Category = "nik-kk-tidak-ditemukan";

    [Fact]
    public async Task A_wrong_answer_on_one_node_uses_the_challenge_up_on_the_other()
    {
        await using var nodeA = Node(null);
        await using var nodeB = Node(nodeA.Database);
        var applicantA = nodeA.CreateBrowser();
        var applicantB = nodeB.CreateBrowser();
        var page = await HelpdeskClient.OpenFormAsync(applicantA, Category);
        var onB = page with { Antiforgery = (await HelpdeskClient.OpenFormAsync(applicantB, Category)).Antiforgery };
        var count = await TicketsAsync(nodeA);

        // A bot tries an answer at node B, then the right one at node A (a load balancer spreads its posts).
        var wrong = await HelpdeskClient.PostAsync(applicantB, Category, onB, HelpdeskClient.NikForm(), answer: (page.Answer + 1).ToString(CultureInfo.InvariantCulture));
        var right = await HelpdeskClient.PostAsync(applicantA, Category, page, HelpdeskClient.NikForm());

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("sudah dipakai", WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(count, await TicketsAsync(nodeA));
    }

    [Fact]
    public async Task Every_guess_after_the_first_is_refused_whatever_the_answer()
    {
        await using var node = Node(null);
        var bot = node.CreateBrowser();
        var page = await HelpdeskClient.OpenFormAsync(bot, Category);
        var count = await TicketsAsync(node);

        var answers = Enumerable.Range(0, 20).Where(a => a != page.Answer).Append(page.Answer);
        var responses = new List<HttpStatusCode>();
        foreach (var answer in answers)
        {
            responses.Add((await HelpdeskClient.PostAsync(bot, Category, page with { SubmissionKey = Guid.NewGuid().ToString("N") }, HelpdeskClient.NikForm(), answer.ToString(CultureInfo.InvariantCulture))).StatusCode);
        }

        Assert.All(responses, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(count, await TicketsAsync(node));
    }

    [Fact]
    public async Task A_made_up_challenge_is_refused_without_writing_anything()
    {
        await using var node = Node(null);
        var bot = node.CreateBrowser();
        var page = await HelpdeskClient.OpenFormAsync(bot, Category);
        var made = page with { CaptchaToken = "0123456789abcdef01234567." + page.CaptchaToken.Split('.')[1] + ".bukan-tanda-tangan" };
        var used = await UsesAsync(node);

        var response = await HelpdeskClient.PostAsync(bot, Category, made, HelpdeskClient.NikForm(), "3");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Pertanyaan keamanan tidak sah.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(used, await UsesAsync(node));
    }

    private static CmsFactory Node(TestDatabase? database) => new(database, new()
    {
        ["RateLimits:HelpdeskSubmitPerMinute"] = "100000", ["RateLimits:HelpdeskTicketsPerNikPerHour"] = "100000", ["RateLimits:HelpdeskTicketsPerAddressPerHour"] = "100000",
        ["RateLimits:HelpdeskStatusPerMinute"] = "100000",
    });

    private static async Task<int> TicketsAsync(CmsFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskTicket>().CountAsync();
    }

    private static async Task<int> UsesAsync(CmsFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskCaptchaUse>().CountAsync();
    }
}
