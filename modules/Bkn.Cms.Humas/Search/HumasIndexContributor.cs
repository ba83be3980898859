using Bkn.Cms.Humas.Models;
using Bkn.Cms.Search;

namespace Bkn.Cms.Humas.Search;

/// <summary>
/// What Humas items put into search indexes: a regulation's number and year as an exact-match key (so "Perka 25 tahun
/// 2013" or "25/2013" finds it first) and its year; exempt public information ("Dikecualikan") never enters a
/// published-only (public) index.
/// </summary>
public sealed class HumasIndexContributor : IContentIndexContributor
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
                break;
            case HumasTypes.InformasiPublik when context.PublishedOnly
                && PublicInformationFields.IsExcluded(Fields.Choice(item, PublicInformationFields.Kategori)):
                context.Exclude();
                break;
        }
    }
}
