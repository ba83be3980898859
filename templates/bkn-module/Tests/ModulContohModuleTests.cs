using System.Net;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.ModulContoh;
using Bkn.Cms.ModulContoh.Activities;
using Bkn.Cms.ModulContoh.Indexes;
using Bkn.Cms.ModulContoh.Models;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.ModulContoh;

/// <summary>
/// The module on a freshly set-up site: its sample recipe ran, its page is public and in the navigation, its index
/// table follows publishing, and its workflow task reads that table. Compiled into Bkn.Cms.Tests from the module's
/// Tests/ folder.
/// </summary>
public sealed class ModulContohModuleTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task The_public_page_lists_the_sample_items_and_the_navigation_links_to_it()
    {
        var client = host.Factory.CreateClient();

        var response = await client.GetAsync(ModulContohRoutes.Public);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nama Tampilan Contoh pertama", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/modulcontoh/contoh-pertama\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{ModulContohRoutes.Public}\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_finds_the_type_in_the_admin_menu_and_the_part_in_its_editor()
    {
        var browser = host.Factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var admin = await browser.GetStringAsync("/admin");
        var editor = await browser.GetStringAsync($"/admin/konten/baru/{ModulContohTypes.ModulContoh}");

        Assert.Contains($"href=\"{ModulContohRoutes.Admin}\"", admin, StringComparison.Ordinal);
        Assert.Contains($"name=\"{nameof(ModulContohPart)}.{nameof(ModulContohPart.Ringkasan)}\"", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summary_longer_than_the_list_shows_is_refused()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = content.New(ModulContohTypes.ModulContoh);
        item.DisplayText = "Terlalu panjang";
        item.Apply(new ModulContohPart { Ringkasan = new string('x', ModulContohPart.MaxSummaryLength + 1) });

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync(item, true, CancellationToken.None));

        Assert.Contains($"{nameof(ModulContohPart)}.{nameof(ModulContohPart.Ringkasan)}", error.Errors.Keys);
    }

    [Fact]
    public async Task The_workflow_task_counts_the_published_items_of_the_index_table()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var published = await db.Set<ModulContohIndex>().CountAsync();
        var task = scope.ServiceProvider.GetRequiredService<IWorkflowActivityLibrary>().Get(CountModulContohTask.TaskName);
        Assert.NotNull(task);
        var context = new ActivityContext
        {
            Activity = new ActivityDefinition { Id = "a1", Name = CountModulContohTask.TaskName },
            Workflow = new WorkflowTypeDefinition(),
            InstanceId = "uji",
            WorkflowTypeId = "uji",
            WorkflowTypeVersion = 1,
            Input = [],
            Properties = [],
            Output = [],
            UtcNow = DateTime.UtcNow,
            Services = scope.ServiceProvider,
        };

        var result = await task.ExecuteAsync(context, CancellationToken.None);

        Assert.True(published >= 2, "the sample recipe publishes two items");
        Assert.Equal([WorkflowOutcomes.Done], result.OutcomeNames);
        Assert.Equal(published, context.LastResult!.GetValue<int>());
    }
}
