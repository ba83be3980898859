using System.Net;
using Bkn.Cms.Data;
using Bkn.Cms.Security;
using Bkn.Cms.Tests.Helpdesk;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Users.Validation;
using Bkn.Cms.Workflows;
using Bkn.Cms.Workflows.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>One strict rule for e-mail addresses wherever one is accepted or mailed to (issue 20, item 10).</summary>
public sealed class EmailAddressTests(HelpdeskHost host) : IClassFixture<HelpdeskHost>
{
    private static readonly string[] Invalid = ["budi.@contoh.id", "budi@-contoh.id", "budi@[1.2.3.4]", "ｂｕｄｉ@contoh.id"];

    [Fact]
    public async Task The_user_admin_refuses_an_invalid_address_and_saves_nothing()
    {
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var unit = (await UnitFeatureTests.UnitIdAsync(host.Factory, "DIT-PDIK")).ToString();
        foreach (var (address, i) in Invalid.Select((a, i) => (a, i)))
        {
            var response = await admin.PostFormAsync("/admin/pengguna/baru", "/admin/pengguna/baru", new()
            {
                ["UserName"] = $"surel{i}",
                ["DisplayName"] = "Pengguna Surel",
                ["Email"] = address,
                ["UnitId"] = unit,
                ["IsActive"] = "true",
                ["Password"] = "Pengguna-Uji-2026",
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Alamat surel tidak sah.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await using var scope = host.Factory.Services.CreateAsyncScope();
            Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync($"surel{i}"));
        }
    }

    [Fact]
    public async Task No_account_is_saved_with_an_invalid_address_whoever_saves_it()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();

        var result = await users.CreateAsync(new CmsUser { UserName = "resep-surel", DisplayName = "Resep", Email = "budi@[1.2.3.4]" }, "Pengguna-Uji-2026");

        Assert.Contains(result.Errors, e => e.Code == EmailAddressUserValidator.ErrorCode);
        Assert.Null(await users.FindByNameAsync("resep-surel"));
    }

    [Fact]
    public async Task The_helpdesk_form_refuses_an_invalid_address()
    {
        foreach (var address in Invalid)
        {
            var browser = host.Factory.CreateBrowser();
            var page = await HelpdeskClient.OpenFormAsync(browser, "nik-kk-tidak-ditemukan");
            var fields = HelpdeskClient.NikForm();
            fields["Email"] = address;

            var response = await HelpdeskClient.PostAsync(browser, "nik-kk-tidak-ditemukan", page, fields);

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{address}: {(int)response.StatusCode}");
            Assert.Contains("Alamat e-mail tidak sah", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_mailer_sends_nothing_to_an_invalid_address_and_does_not_repeat_it()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var mailer = scope.ServiceProvider.GetRequiredService<WorkflowMailer>();
        var before = Directory.Exists(mailer.OutboxPath) ? Directory.GetFiles(mailer.OutboxPath).Length : 0;

        foreach (var address in Invalid)
        {
            var error = await Assert.ThrowsAsync<WorkflowException>(() => mailer.SendAsync(["budi@contoh.id", address], "Uji", "<p>Uji</p>", CancellationToken.None));
            Assert.DoesNotContain(address, error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, Directory.Exists(mailer.OutboxPath) ? Directory.GetFiles(mailer.OutboxPath).Length : 0);
        Assert.EndsWith(".eml", await mailer.SendAsync(["budi@contoh.id"], "Uji", "<p>Uji</p>", CancellationToken.None), StringComparison.Ordinal);
    }
}
