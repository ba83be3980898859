using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.State;
using Bkn.Cms.Search.Indexing;
using Bkn.Cms.Search.Services;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Search;

/// <summary>The index as derived data: per-node copies that catch up, survive restarts and rebuild without losing writes.</summary>
public sealed class IndexLifecycleTests
{
    [Fact]
    public async Task Two_hosts_on_one_database_each_find_what_the_other_published()
    {
        await using var database = TestDatabase.Create();
        await using var nodeA = new CmsFactory(database);
        await using var nodeB = new CmsFactory(database);
        // The pages are looked for among pages: the sample SOPs in force are about recruitment and retirement too.
        var visitorA = nodeA.CreateBrowser();
        var visitorB = nodeB.CreateBrowser();
        await SearchTestData.WaitUntilCaughtUpAsync(nodeA);
        await SearchTestData.WaitUntilCaughtUpAsync(nodeB);

        // Each node keeps its own copy, even with a shared data folder.
        Assert.NotEqual(nodeA.Services.GetRequiredService<SearchIndexManager>().Root, nodeB.Services.GetRequiredService<SearchIndexManager>().Root);

        // Each node indexes the other's change from the shared indexing log: once its copy has caught up with the log,
        // its search finds the page. Waited for generously, never timed (a loaded machine is slow, not wrong).
        await SearchTestData.PageAsync(nodeA, "Berita dari Node A", "Rekrutmen aparatur sipil negara.", publish: true);
        await SearchTestData.WaitUntilCaughtUpAsync(nodeB);
        await Eventually.TrueAsync(async () => (await SearchTestData.TitlesAsync(visitorB, "rekrutmen", "&type=Halaman")).Contains("Berita dari Node A"), TimeSpan.FromSeconds(60), "node B finds the page published on node A");

        await SearchTestData.PageAsync(nodeB, "Berita dari Node B", "Penyesuaian ijazah pegawai.", publish: true);
        await SearchTestData.WaitUntilCaughtUpAsync(nodeA);
        await Eventually.TrueAsync(async () => (await SearchTestData.TitlesAsync(visitorA, "ijazah", "&type=Halaman")).Contains("Berita dari Node B"), TimeSpan.FromSeconds(60), "node A finds the page published on node B");
    }

    [Fact]
    public async Task After_a_restart_the_index_is_reused_and_catches_up_with_what_changed_while_it_was_down()
    {
        await using var database = TestDatabase.Create();
        var indexPath = Path.Combine(database.DataPath, "search-a");
        var otherPath = Path.Combine(database.DataPath, "search-b");
        int version;
        await using (var first = new CmsFactory(database, new() { ["Search:IndexPath"] = indexPath }))
        {
            await SearchTestData.PageAsync(first, "Sebelum Henti", "Pemberhentian dengan hormat.", publish: true);
            await SearchTestData.WaitUntilCaughtUpAsync(first);
            version = first.Services.GetRequiredService<SearchIndexManager>().Find("publik")!.Active!.Version;
        }

        // While the first node is down, another node (with its own copy) publishes a page.
        await using (var other = new CmsFactory(database, new() { ["Search:IndexPath"] = otherPath }))
        {
            await SearchTestData.PageAsync(other, "Selama Henti", "Pensiun dini pegawai.", publish: true);
        }

        await using var restarted = new CmsFactory(database, new() { ["Search:IndexPath"] = indexPath });
        var visitor = restarted.CreateBrowser();
        var manager = restarted.Services.GetRequiredService<SearchIndexManager>();
        await Eventually.TrueAsync(async () => (await SearchTestData.TitlesAsync(visitor, "pensiun", "&type=Halaman")).Contains("Selama Henti"), TimeSpan.FromSeconds(10), "the restarted node catches up");
        Assert.Contains("Sebelum Henti", await SearchTestData.TitlesAsync(visitor, "henti", "&type=Halaman"));

        // The copy on disk was reopened and caught up from its cursor, not rebuilt.
        Assert.Equal(version, manager.Find("publik")!.Active!.Version);
        Assert.Null(manager.Find("publik")!.Rebuild);
    }

    [Fact]
    public async Task A_rebuild_while_pages_keep_being_published_loses_none_of_them()
    {
        await using var factory = new CmsFactory(settings: new() { ["Search:BatchSize"] = "10" });
        var samples = await PublishedPagesAsync(factory);
        for (var i = 0; i < 120; i++)
        {
            await SearchTestData.PageAsync(factory, $"Arsip {i}", $"Dokumen zqx arsip nomor {i}.", publish: true);
        }

        await SearchTestData.WaitUntilCaughtUpAsync(factory);
        var manager = factory.Services.GetRequiredService<SearchIndexManager>();
        var before = manager.Find("publik")!.Active!.Version;

        // The public index also holds the sample items of other public types (news, regulations, …); they stay as they are.
        var otherTypes = manager.Find("publik")!.Active!.DocumentCount() - samples - 120;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexDefinitions>().RequestRebuildAsync("publik", CancellationToken.None);
        }

        // Keep publishing until the rebuild has started and finished.
        var written = 0;
        var sawRebuild = false;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && !(sawRebuild && manager.Find("publik")!.Active!.Version > before) && written < 20_000)
        {
            sawRebuild |= manager.Find("publik")!.IsRebuilding;
            await SearchTestData.PageAsync(factory, $"Baru {written}", $"Dokumen zqx baru {written}.", publish: true);
            written++;
        }

        Assert.True(manager.Find("publik")!.Active!.Version > before, "the rebuild finished");
        for (var i = 0; i < 3; i++)
        {
            await SearchTestData.PageAsync(factory, $"Sesudah {i}", "Dokumen sesudah pembangunan ulang.", publish: true);
        }

        await SearchTestData.WaitUntilCaughtUpAsync(factory);
        var published = await PublishedPagesAsync(factory);
        Assert.Equal(samples + 120 + written + 3, published);
        Assert.Equal(published + otherTypes, manager.Find("publik")!.Active!.DocumentCount());
        var all = await SearchTestData.SearchAsync(factory.CreateBrowser(), "zqx");
        Assert.Equal(120 + written, all["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Two_saves_that_lock_the_same_row_in_opposite_order_both_commit_and_both_are_found()
    {
        // One transaction saves a page and then touches a shared row, the other touches the row first and then saves a
        // page (as an intake and an operator's status change do with the helpdesk counters). The change log's ordering
        // lock must not turn that into a deadlock on PostgreSQL.
        await using var factory = new CmsFactory();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await StateStamps.BumpAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), "uji-urutan-kunci", CancellationToken.None);
        }

        // The page-first save saves at once and touches the row late; the row-first save holds the row meanwhile and
        // saves its page while the first one is still open.
        async Task SaveAsync(string title, bool rowFirst)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            if (rowFirst)
            {
                await StateStamps.BumpAsync(db, "uji-urutan-kunci", CancellationToken.None);
                await Task.Delay(300);
                await PageInTransactionAsync(scope.ServiceProvider, title);
            }
            else
            {
                await PageInTransactionAsync(scope.ServiceProvider, title);
                await Task.Delay(900);
                await StateStamps.BumpAsync(db, "uji-urutan-kunci", CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        await Task.WhenAll(SaveAsync("Kunci Pertama", rowFirst: false), SaveAsync("Kunci Kedua", rowFirst: true));

        await SearchTestData.WaitUntilCaughtUpAsync(factory);
        var titles = await SearchTestData.TitlesAsync(factory.CreateBrowser(), "kunci");
        Assert.Contains("Kunci Pertama", titles);
        Assert.Contains("Kunci Kedua", titles);
    }

    private static async Task PageInTransactionAsync(IServiceProvider services, string title)
    {
        var content = services.GetRequiredService<IContentManager>();
        var item = content.New("Halaman");
        item.DisplayText = title;
        item.Content["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = title };
        await content.CreateAsync(item, publish: true);
    }

    private static async Task<int> PublishedPagesAsync(CmsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentScanner>().CountAsync(true, ["Halaman"]);
    }
}
