using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.WebService;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bkn.Cms.Tests.Modules.WebService;

/// <summary>
/// The web-service host with the Workflows feature, the module's shipped workflow types (read from its recipe) and a
/// fake clock; the background timer loop is slowed down so only the tests fire timers.
/// </summary>
public sealed class WebServiceOnboardingHost : WebServiceHost
{
    public const string OnboardingCollection = "WebServiceOnboarding";

    public FakeTimeProvider FakeClock { get; } = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? Clock => FakeClock;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["State:PollInterval"] = "01:00:00",
        ["Workflows:TimerInterval"] = "30.00:00:00",
    };

    protected override string ExtraSteps
    {
        get
        {
            var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "modules", "Bkn.Cms.WebService", "Recipes", "webservice.recipe.json")))!;
            var workflowTypes = recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "WorkflowType")!;
            return """, { "name": "feature", "enable": [ "Bkn.Cms.Workflows" ] }, """ + workflowTypes.ToJsonString();
        }
    }

    public async Task<int> ProcessTimersAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowTimerProcessor>().ProcessDueAsync(100, CancellationToken.None);
    }

    public async Task<T> WithAsync<T>(Func<WsOnboardingService, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WsOnboardingService>());
    }

    public async Task<WsOnboarding> LoadAsync(Guid id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<WsOnboarding>().AsNoTracking().SingleAsync(o => o.Id == id);
    }

    public async Task<List<WsOnboardingEntry>> HistoryAsync(Guid id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<WsOnboardingEntry>().AsNoTracking().Where(e => e.OnboardingId == id).OrderBy(e => e.Id).ToListAsync();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bkn.Cms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bkn.Cms.sln not found above the test binaries.");
    }
}

[CollectionDefinition(WebServiceOnboardingHost.OnboardingCollection)]
public sealed class WebServiceOnboardingCollection : ICollectionFixture<WebServiceOnboardingHost>;

/// <summary>An agency's onboarding driven by the shipped workflow type, step by step, with reminders on a fake clock.</summary>
[Collection(WebServiceOnboardingHost.OnboardingCollection)]
public sealed class WebServiceOnboardingTests(WebServiceOnboardingHost host)
{
    [Fact]
    public async Task An_agency_goes_from_request_to_training_to_production_and_the_status_becomes_implementasi()
    {
        var agency = WebServiceHost.AgencyA;
        var onboarding = await host.WithAsync(s => s.RequestAsync(agency.Id, "Bagian Kepegawaian", "bkd@jatengprov.go.id", "024-8311174", WebServiceHost.AgencyAddress, "operator.jateng", null, default));
        Assert.Equal(WsOnboardingStage.Diajukan, onboarding.Stage);

        // BKN approves: the workflow issues the training client at once, and the registry shows the training service.
        await host.WithAsync(s => s.ApproveAsync(onboarding.Id, "admin", null, default));
        var training = await host.LoadAsync(onboarding.Id);
        Assert.Equal(WsOnboardingStage.Pelatihan, training.Stage);
        Assert.StartsWith("prov-33-latih-", training.TrainingClientId, StringComparison.Ordinal);
        Assert.Contains(host.Integration.Updates, u => u.AgencyId == agency.Id && u.Update.TrainingService == true);

        // Production cannot be asked for before the test calls.
        var tooEarly = await Assert.ThrowsAsync<WsClientException>(() => host.WithAsync(s => s.RequestProductionAsync(onboarding.Id, "operator.jateng", default)));
        Assert.Contains("panggilan uji", tooEarly.Message, StringComparison.Ordinal);

        // The agency reads its training secret once and makes three test calls from its public address.
        var secret = await host.WithAsync(s => s.RevealSecretAsync(onboarding.Id, WsEnvironment.Training, "operator.jateng", default));
        Assert.NotNull(secret);
        Assert.Null(await host.WithAsync(s => s.RevealSecretAsync(onboarding.Id, WsEnvironment.Training, "operator.jateng", default)));
        var client = host.Client();
        var token = await TokenAsync(client, secret!.Value.ClientId, secret.Value.Secret);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(client, token, "/api/ws/v1/referensi/golongan")).StatusCode);
        }

        // Asked for production before BKN registered the public IP: the workflow waits for the registration.
        await host.WithAsync(s => s.RequestProductionAsync(onboarding.Id, "operator.jateng", default));
        var waiting = await host.LoadAsync(onboarding.Id);
        Assert.Equal(WsOnboardingStage.ProduksiDiminta, waiting.Stage);
        Assert.Null(waiting.ProductionClientId);

        await host.WithAsync(s => s.RegisterPublicIpAsync(onboarding.Id, WebServiceHost.AgencyAddress, "admin", default));
        var done = await host.LoadAsync(onboarding.Id);
        Assert.Equal(WsOnboardingStage.Implementasi, done.Stage);
        Assert.StartsWith("prov-33-prod-", done.ProductionClientId, StringComparison.Ordinal);
        Assert.Contains(host.Integration.Updates, u => u.AgencyId == agency.Id && u.Update.Implementation);
        Assert.Contains(host.Integration.Updates, u => u.AgencyId == agency.Id && u.Update.ProductionService == true);

        // The production secret works from the registered address.
        var production = await host.WithAsync(s => s.RevealSecretAsync(onboarding.Id, WsEnvironment.Production, "operator.jateng", default));
        var productionToken = await TokenAsync(client, production!.Value.ClientId, production.Value.Secret);
        Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(client, productionToken, "/api/ws/v1/pns/198501012010011001")).StatusCode);

        var history = await host.HistoryAsync(onboarding.Id);
        Assert.Contains(history, e => e.Text.Contains("Kredensial pelatihan terbit", StringComparison.Ordinal));
        Assert.Contains(history, e => e.Text.Contains("Implementasi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stalled_step_gets_a_reminder_after_three_days_and_again_three_days_later()
    {
        var onboarding = await host.WithAsync(s => s.RequestAsync(WebServiceHost.AgencyB.Id, "BKD Jatim", "bkd@jatimprov.go.id", "031-3524001", "203.0.113.0/24", "operator.jatim", null, default));
        await host.ProcessTimersAsync();

        host.FakeClock.Advance(TimeSpan.FromDays(2));
        await host.ProcessTimersAsync();
        Assert.Equal(0, (await host.LoadAsync(onboarding.Id)).Reminders);

        host.FakeClock.Advance(TimeSpan.FromDays(1.1));
        await host.ProcessTimersAsync();
        var reminded = await host.LoadAsync(onboarding.Id);
        Assert.Equal(1, reminded.Reminders);
        Assert.Contains(await host.HistoryAsync(onboarding.Id), e => e.Text.StartsWith("Pengingat", StringComparison.Ordinal) && e.Text.Contains("BKN", StringComparison.Ordinal));

        host.FakeClock.Advance(TimeSpan.FromHours(2));
        await host.ProcessTimersAsync();
        Assert.Equal(1, (await host.LoadAsync(onboarding.Id)).Reminders);

        host.FakeClock.Advance(TimeSpan.FromDays(3));
        await host.ProcessTimersAsync();
        Assert.Equal(2, (await host.LoadAsync(onboarding.Id)).Reminders);

        // A decision ends the stall; a refusal needs a reason and closes the onboarding.
        var noReason = await Assert.ThrowsAsync<WsClientException>(() => host.WithAsync(s => s.RefuseAsync(onboarding.Id, "", "admin", null, default)));
        Assert.Contains("alasan", noReason.Message, StringComparison.Ordinal);
        await host.WithAsync(s => s.RefuseAsync(onboarding.Id, "Alamat IP publik belum dapat diverifikasi.", "admin", null, default));
        var refused = await host.LoadAsync(onboarding.Id);
        Assert.Equal(WsOnboardingStage.Ditolak, refused.Stage);
        Assert.Null(refused.TrainingClientId);
        host.FakeClock.Advance(TimeSpan.FromDays(4));
        await host.ProcessTimersAsync();
        Assert.Equal(2, (await host.LoadAsync(onboarding.Id)).Reminders);
    }

    [Fact]
    public async Task Bad_requests_are_refused_whole_and_a_second_open_request_of_the_same_agency_too()
    {
        var bad = await Assert.ThrowsAsync<WsClientException>(() => host.WithAsync(s => s.RequestAsync(WebServiceHost.AgencyB.Id, "", "bukan-surel", "x", "300.1.1.1", "operator.jatim", null, default)));
        Assert.Contains(bad.Errors, e => e.Contains("narahubung", StringComparison.Ordinal));
        Assert.Contains(bad.Errors, e => e.Contains("Surel", StringComparison.Ordinal));
        Assert.Contains(bad.Errors, e => e.Contains("300.1.1.1", StringComparison.Ordinal));

        // A step out of order is refused by the module's rules, whatever the workflow does.
        var open = await host.WithAsync(s => s.RequestAsync(WebServiceHost.AgencyB.Id, "BKD Jatim", "bkd@jatimprov.go.id", "031-3524001", "203.0.113.9", "operator.jatim", null, default));
        var twice = await Assert.ThrowsAsync<WsClientException>(() => host.WithAsync(s => s.RequestAsync(WebServiceHost.AgencyB.Id, "BKD Jatim", "bkd@jatimprov.go.id", "031-3524001", "203.0.113.9", "operator.jatim", null, default)));
        Assert.Contains("sedang berjalan", twice.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<WsClientException>(() => host.WithAsync(s => s.RequestProductionAsync(open.Id, "operator.jatim", default)));
        await Assert.ThrowsAsync<WsClientException>(() => host.WithAsync(s => s.RegisterPublicIpAsync(open.Id, "203.0.113.9", "admin", default)));
        await host.WithAsync(s => s.RefuseAsync(open.Id, "Uji: pengajuan ganda.", "admin", null, default));
    }

    [Fact]
    public async Task The_admin_pages_list_an_onboarding_and_let_bkn_approve_it()
    {
        var browser = host.Factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var created = await browser.PostFormAsync(WebServiceRoutes.AdminOnboarding, WebServiceRoutes.AdminOnboarding, new()
        {
            ["instansi"] = WebServiceHost.AgencyC.Id.ToString(),
            ["narahubung"] = "BKD DIY",
            ["surel"] = "bkd@jogjaprov.go.id",
            ["telepon"] = "024-8311174",
            ["alamat"] = "198.51.100.0/28",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detailUrl = created.Headers.Location!.ToString().Split('?')[0];
        var detail = await browser.GetStringAsync(detailUrl);
        Assert.Contains("Setujui dan terbitkan kredensial pelatihan", detail, StringComparison.Ordinal);

        var approved = await browser.PostFormAsync(detailUrl, detailUrl + "/setujui", []);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var after = await browser.GetStringAsync(detailUrl);
        Assert.Contains("Baca rahasia pelatihan", after, StringComparison.Ordinal);
        Assert.Contains("prov-34-latih-", after, StringComparison.Ordinal);
        Assert.Contains("Pelatihan", await browser.GetStringAsync(WebServiceRoutes.AdminOnboarding), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"{WebServiceRoutes.AdminOnboarding}/{Guid.NewGuid()}")).StatusCode);
    }

    private static async Task<string> TokenAsync(HttpClient client, string clientId, string secret)
    {
        var response = await WebServiceHost.RequestTokenAsync(client, clientId, secret);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }
}
