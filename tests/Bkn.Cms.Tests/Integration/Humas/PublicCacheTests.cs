using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Humas.Services;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration.Humas;

/// <summary>Public pages come from the output cache until something they show is published, changed or withdrawn.</summary>
public sealed class PublicCacheTests
{
    [Fact]
    public async Task Cached_public_pages_change_as_soon_as_content_is_published_updated_or_withdrawn()
    {
        await using var factory = new CmsFactory(settings: new() { ["State:PollInterval"] = "01:00:00" });
        var visitor = factory.CreateBrowser();
        var page = "/berita/helpdesk-sscn-bantu-pelamar-cpns-atasi-kendala-pendaftaran";
        Assert.DoesNotContain("Diam-diam", await visitor.GetStringAsync("/berita"), StringComparison.Ordinal);
        Assert.DoesNotContain("Diam-diam", await visitor.GetStringAsync(page), StringComparison.Ordinal);

        // A change behind the application's back (no content event) is not seen: the pages are served from the cache.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            await db.Set<PublicationIndex>().Where(p => p.Path == page.TrimStart('/')).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, "Diam-diam"));
        }

        Assert.DoesNotContain("Diam-diam", await visitor.GetStringAsync("/berita"), StringComparison.Ordinal);

        // Publishing anything evicts every public page at once.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = content.New(HumasTypes.Berita);
            item.Alter<Bkn.Cms.Contents.Models.TitlePart>(t => t.Title = "Berita Baru Sekali");
            item.Content[HumasTypes.Berita] = new System.Text.Json.Nodes.JsonObject { ["Ringkasan"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "Ringkas." } };
            await content.CreateAsync(item, publish: true);
        }

        var list = await visitor.GetStringAsync("/berita");
        Assert.Contains("Berita Baru Sekali", list, StringComparison.Ordinal);
        Assert.Contains("Diam-diam", list, StringComparison.Ordinal);

        // Withdrawing (no new version) also reaches the cached detail page.
        var before = await visitor.GetStringAsync(page);
        Assert.DoesNotContain("withdrawn-banner", before, StringComparison.Ordinal);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var id = await db.Set<PublicationIndex>().Where(p => p.Path == page.TrimStart('/')).Select(p => p.ContentItemId).SingleAsync();
            var state = await db.Set<EditorialState>().SingleAsync(s => s.ContentItemId == id);
            state.Status = EditorialStatus.Withdrawn;
            state.WithdrawnReason = "Sedang diperbarui.";
            state.WithdrawnUtc = DateTime.UtcNow;
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<PublicContentCache>().InvalidateAsync(db, CancellationToken.None);
        }

        Assert.Contains("Sedang diperbarui.", await visitor.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_cache_turned_off_every_request_reads_the_database()
    {
        await using var factory = new CmsFactory(settings: new() { ["OutputCache:Enabled"] = "false" });
        var visitor = factory.CreateBrowser();
        Assert.DoesNotContain("Tanpa Cache", await visitor.GetStringAsync("/berita"), StringComparison.Ordinal);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            await db.Set<PublicationIndex>().Where(p => p.Path == "berita/helpdesk-sscn-bantu-pelamar-cpns-atasi-kendala-pendaftaran").ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, "Tanpa Cache"));
        }

        Assert.Contains("Tanpa Cache", await visitor.GetStringAsync("/berita"), StringComparison.Ordinal);
    }
}
