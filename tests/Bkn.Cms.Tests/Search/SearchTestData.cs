using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Search;
using Bkn.Cms.Search.Indexing;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Search;

/// <summary>Creating pages and asking the public search API, as the tests of this folder need.</summary>
internal static class SearchTestData
{
    public static async Task<ContentItem> PageAsync(CmsFactory factory, string title, string body, bool publish, Guid? unit = null, JsonObject? extraPart = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = content.New("Halaman");
        item.DisplayText = title;
        item.UnitId = unit;
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        item.Content["BodyPart"] = new JsonObject { ["Body"] = body, ["Format"] = "markdown" };
        if (extraPart is not null)
        {
            item.Content["PeraturanPart"] = extraPart;
        }

        return await content.CreateAsync(item, publish);
    }

    public static async Task<JsonObject> SearchAsync(HttpClient client, string query, string? extra = null) =>
        (await client.GetFromJsonAsync<JsonObject>("/api/search?q=" + Uri.EscapeDataString(query) + extra))!;

    public static async Task<List<string>> TitlesAsync(HttpClient client, string query, string? extra = null) =>
        [.. (await SearchAsync(client, query, extra))["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>())];

    /// <summary>
    /// Waits until the node's copy of the index has applied every logged change. The host is started first, so the wait
    /// measures the indexer only (start-up with the setup recipe takes seconds on a loaded machine); the generous limit is
    /// a safety net, not a speed claim — the tests that promise "within N seconds" assert that themselves.
    /// </summary>
    public static Task WaitUntilCaughtUpAsync(CmsFactory factory, string index = "publik")
    {
        _ = factory.Services;
        return Eventually.TrueAsync(
            async () =>
            {
                var state = factory.Services.GetRequiredService<SearchIndexManager>().Find(index);
                if (state?.Active is not { } active || state.IsRebuilding)
                {
                    return false;
                }

                await using var scope = factory.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.DbContext>();
                var max = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MaxAsync(
                    db.Set<Bkn.Cms.Search.Models.IndexingTask>(), t => (long?)t.Id) ?? 0;
                return active.Cursor >= max;
            },
            TimeSpan.FromSeconds(60),
            $"index {index} caught up");
    }
}

/// <summary>What a regulation module would contribute: its number and year as an exact-match key and the year.</summary>
internal sealed class TestRegulationContributor : IContentIndexContributor
{
    public void Contribute(ContentIndexContext context)
    {
        if (context.Item.Content["PeraturanPart"] is JsonObject part && part["Nomor"] is { } number && part["Tahun"] is { } year)
        {
            context.AddExactMatch(ExactMatch.NumberYear(number.GetValue<string>(), year.GetValue<int>()));
            context.AddKeyword("nomor", number.GetValue<string>());
            context.Year = year.GetValue<int>();
        }
    }
}
