using System.Text;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Recipes;
using Bkn.Cms.Search.Indexing;
using Bkn.Cms.Search.Models;
using Bkn.Cms.Settings;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>
/// The sample data a fresh site gets from the setup recipe and the module recipes it composes. The expected text is
/// what the single 79 KB setup recipe produced before modules shipped their own recipes (recorded on that build).
/// </summary>
public sealed class SampleDataTests
{
    private const string Expected = """
        content Berita 8
        content Halaman 2
        content HelpdeskTicket 300
        content InformasiPublik 9
        content Layanan 6
        content Peraturan 7
        content SiaranPers 4
        content Taksonomi 1
        units 32
        roles Admin Modul Unit, Administrator, Editor Humas, Evaluator SOP, Operator Helpdesk, Operator Instansi, Operator KPO/PPO Instansi, Operator Layanan Web Instansi, Pengelola Layanan Web, Pengelola Registri Instansi, Pengesah SOP, Penulis Humas, Penyusun SOP, Petugas PKT, Supervisor Helpdesk, Supervisor PKT, Verifikator KPO/PPO
        grants 47
        users admin, evaluator.sop, operator.jateng, operator.kpo.jateng, operator1, operator2, pengesah.sop, penyusun.sop, petugas.pkt.a, petugas.pkt.b, petugas.pkt.c, petugas.pkt.d, petugas.pkt.e, petugas.pkt.f, supervisor.helpdesk, supervisor.pkt, verifikator.kpo
        user-roles 18
        workflow-types alur-redaksi-humas, helpdesk-routing, helpdesk-sla, kpo-batas-btl, kpo-daftar-nominatif, kpo-verifikasi-sla, sop-evaluasi, sop-pemantauan, sop-siklus, ws-onboarding, ws-onboarding-pengingat
        features on Bkn.Cms.Agencies, Bkn.Cms.AuditTrail, Bkn.Cms.Contents, Bkn.Cms.Helpdesk, Bkn.Cms.Humas, Bkn.Cms.Kepegawaian, Bkn.Cms.Media, Bkn.Cms.Pkt, Bkn.Cms.Sapk, Bkn.Cms.Search, Bkn.Cms.Sop, Bkn.Cms.WebService, Bkn.Cms.Workflows
        unit-features 1
        content-types 2
        search-index konten {"analyzer":"indonesian","contentTypes":[],"publishedOnly":false,"parts":[],"storeText":false}
        search-index publik {"analyzer":"indonesian","contentTypes":["Halaman","Berita","SiaranPers","Peraturan","InformasiPublik","Layanan"],"publishedOnly":true,"parts":[],"storeText":true}
        settings Address, Helpdesk:Secret, Hotline, Setup:CompletedUtc, SiteName
        table AutorouteEntries 36
        table EditorialStates 19
        table HelpdeskCannedAnswers 7
        table HelpdeskCategories 8
        table HelpdeskFaqs 7
        table HelpdeskMessages 400
        table HelpdeskTeams 3
        table HelpdeskTickets 300
        table PublicationIndex 34
        table RegulationLinks 1
        table WorkflowInstances 0
        """;

    /// <summary>Module tables the sample data fills; read by name so the test needs no module's types.</summary>
    private static readonly string[] ModuleTables =
    [
        "AutorouteEntries", "EditorialStates", "HelpdeskCannedAnswers", "HelpdeskCategories", "HelpdeskFaqs", "HelpdeskMessages",
        "HelpdeskTeams", "HelpdeskTickets", "PublicationIndex", "RegulationLinks", "WorkflowInstances",
    ];

    [Fact]
    public async Task A_fresh_site_has_the_sample_data_of_every_module()
    {
        await using var factory = new CmsFactory();
        _ = factory.Server;

        Assert.Equal(Normalize(Expected), Normalize(await SummarizeAsync(factory)));
    }

    [Fact]
    public async Task A_module_adds_its_sample_data_without_an_edit_of_the_setup_recipe()
    {
        await using var factory = new CmsFactory();
        _ = factory.Server;

        // tests/Bkn.Cms.Tests.Fixtures/Recipes/test-sample.recipe.json is marked sampleData; bkn-default never names it.
        Assert.DoesNotContain("test-sample", await File.ReadAllTextAsync(SetupService.ResolveRecipePath("bkn-default.recipe.json")), StringComparison.Ordinal);
        Assert.Equal("ada", factory.Services.GetRequiredService<ISiteSettings>().Get("Test.Sample:Contoh"));
        var recipes = factory.Services.GetRequiredService<ModuleRecipes>().All.Select(r => r.Name).ToList();
        Assert.True(recipes.IndexOf("contents") < recipes.IndexOf("humas"), "Humas depends on Contents, so its recipe runs after.");
    }

    [Fact]
    public async Task Running_the_setup_recipe_and_a_module_recipe_again_adds_nothing()
    {
        await using var factory = new CmsFactory();
        _ = factory.Server;
        var before = await SummarizeAsync(factory);

        await RunAsync(factory, await File.ReadAllTextAsync(SetupService.ResolveRecipePath("bkn-default.recipe.json")));
        await RunAsync(factory, """{ "name": "lagi", "steps": [ { "name": "recipes", "values": [ "helpdesk", "humas" ] } ] }""");

        Assert.Equal(before, await SummarizeAsync(factory));
    }

    [Fact]
    public async Task Including_an_unknown_module_recipe_is_refused_by_name()
    {
        await using var factory = new CmsFactory();
        _ = factory.Server;

        var ex = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(factory, """
            { "name": "salah", "steps": [ { "name": "settings", "SiteName": "X" }, { "name": "recipes", "values": [ "tidak-ada" ] } ] }
            """));

        Assert.Contains("Langkah 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'tidak-ada' tidak ditemukan", ex.Message, StringComparison.Ordinal);
    }

    private static async Task RunAsync(CmsFactory factory, string json)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), CancellationToken.None);
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();

    /// <summary>Counts of the sample data per kind, as text, so a difference reads in the test output.</summary>
    internal static async Task<string> SummarizeAsync(CmsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var text = new StringBuilder();
        var perType = await db.ContentItems.Where(c => c.Latest && !c.Deleted).GroupBy(c => c.ContentType)
            .Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync();
        foreach (var type in perType.OrderBy(t => t.Type, StringComparer.Ordinal))
        {
            text.AppendLine($"content {type.Type} {type.Count}");
        }

        text.AppendLine($"units {await db.Units.CountAsync()}");
        text.AppendLine($"roles {Join(await db.Roles.Select(r => r.Name!).ToListAsync())}");
        text.AppendLine($"grants {await db.RolePermissions.CountAsync()}");
        text.AppendLine($"users {Join(await db.Users.Select(u => u.UserName!).ToListAsync())}");
        text.AppendLine($"user-roles {await db.UserRoles.CountAsync()}");
        text.AppendLine($"workflow-types {Join(await db.WorkflowTypes.Select(w => w.WorkflowTypeId).Distinct().ToListAsync())}");
        text.AppendLine($"features on {Join(await db.FeatureStates.Where(f => f.Enabled).Select(f => f.FeatureId).ToListAsync())}");
        text.AppendLine($"unit-features {await db.UnitFeatureStates.CountAsync()}");
        text.AppendLine($"content-types {await db.ContentTypeDefinitions.CountAsync()}");
        foreach (var index in await db.Set<SearchIndexRecord>().OrderBy(s => s.Name).ToListAsync())
        {
            text.AppendLine($"search-index {index.Name} {SearchIndexSettings.FromJson(index.Settings).ToJson()}");
        }

        // Settings of the test-only module's recipe are checked by their own test.
        text.AppendLine($"settings {Join(await db.SiteSettings.Where(x => !x.Key.StartsWith("Test.")).Select(x => x.Key).ToListAsync())}");
        foreach (var table in ModuleTables)
        {
            // The table names are the constants above, never input.
#pragma warning disable EF1003
            // The per-minute SLA sweep may run once the site is up: its system notes and its own workflow instances are
            // not sample data.
            var filter = table switch
            {
                "HelpdeskMessages" => " WHERE \"Kind\" <> 3",
                "WorkflowInstances" => " WHERE \"WorkflowTypeId\" <> 'helpdesk-sla'",
                _ => "",
            };
            var count = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"" + filter).SingleAsync();
#pragma warning restore EF1003
            text.AppendLine($"table {table} {count}");
        }

        return text.ToString();
    }

    private static string Join(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));
}
