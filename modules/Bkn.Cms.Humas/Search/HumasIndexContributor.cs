using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Humas.Search;

/// <summary>
/// What Humas items put into search indexes: a regulation's number and year as an exact-match key (so "Perka 25 tahun
/// 2013" or "25/2013" finds it first), its year and its status as the public index derives it (Dicabut when revoked);
/// exempt public information ("Dikecualikan") never enters a published-only (public) index.
/// </summary>
public sealed class HumasIndexContributor(IServiceScopeFactory scopes) : IContentIndexContributor
{
    public void Contribute(ContentIndexContext context)
    {
        var item = context.Item;
        switch (item.ContentType)
        {
            case HumasTypes.Peraturan:
                var number = Fields.Text(item, RegulationFields.Nomor);
                if (Fields.Number(item, RegulationFields.Tahun) is { } year && year is > 1900 and < 3000)
                {
                    context.Year = (int)year;
                    if (number.Length > 0)
                    {
                        context.AddExactMatch(ExactMatch.NumberYear(number, (int)year));
                    }
                }

                context.AddKeyword("nomor", number);
                var status = DerivedStatus(item.ContentItemId) ?? Fields.Choice(item, RegulationFields.Status);
                context.AddKeyword("status", status);
                context.AddText(status);
                break;
            case HumasTypes.InformasiPublik when context.PublishedOnly
                && PublicInformationFields.IsExcluded(Fields.Choice(item, PublicInformationFields.Kategori)):
                context.Exclude();
                break;
        }
    }

    // The public index row holds the status that follows from the links (PublicationIndexProvider keeps it and asks for
    // re-indexing when it changes); regulations are few, so one small read per regulation indexed.
    private string? DerivedStatus(string contentItemId)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetService<DbContext>();
        return db?.Set<PublicationIndex>().AsNoTracking().Where(p => p.ContentItemId == contentItemId && p.Published)
            .Select(p => p.Status).FirstOrDefault() is { Length: > 0 } status ? status : null;
    }
}
