using System.Text.RegularExpressions;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Humas.Models;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Humas.Handlers;

/// <summary>Rules of the Humas types beyond required fields: social text length, press release numbers, regulation years and links.</summary>
public sealed partial class HumasValidationHandler(IStringLocalizer t) : IContentHandler
{
    public Task ValidatingAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        var item = context.Item;
        var type = context.Definition.Name;
        if (type is HumasTypes.Berita or HumasTypes.SiaranPers)
        {
            var social = Fields.Text(item, NewsFields.TeksMedsos);
            if (social.Length > NewsFields.SocialMaxLength)
            {
                context.Fail(Key(type, NewsFields.TeksMedsos), t["Versi media sosial paling banyak {0} karakter (sekarang {1}).", NewsFields.SocialMaxLength, social.Length]);
            }
        }

        if (type == HumasTypes.SiaranPers)
        {
            var number = Fields.Text(item, NewsFields.NomorRilis);
            if (number.Length > 0 && !ReleaseNumber().IsMatch(number))
            {
                context.Fail(Key(type, NewsFields.NomorRilis), t["Nomor siaran pers harus berbentuk nomor/HM/tahun, misalnya 12/HM/2017."]);
            }
        }

        if (type == HumasTypes.Peraturan)
        {
            if (Fields.Number(item, RegulationFields.Tahun) is { } year && (year < 1945 || year > 2100 || year != decimal.Truncate(year)))
            {
                context.Fail($"{type}.{RegulationFields.Tahun}.Value", t["Tahun peraturan tidak masuk akal."]);
            }

            var status = Fields.Choice(item, RegulationFields.Status);
            if (status.Length > 0 && !RegulationFields.StatusOptions.Contains(status, StringComparer.OrdinalIgnoreCase))
            {
                context.Fail($"{type}.{RegulationFields.Status}.Value", t["Status peraturan harus salah satu dari: {0}.", string.Join(", ", RegulationFields.StatusOptions)]);
            }

            if (Fields.Ids(item, RegulationFields.Mengubah).Concat(Fields.Ids(item, RegulationFields.Mencabut)).Contains(item.ContentItemId))
            {
                context.Fail($"{type}.{RegulationFields.Mengubah}.ContentItemIds", t["Peraturan tidak dapat mengubah atau mencabut dirinya sendiri."]);
            }
        }

        if (type == HumasTypes.InformasiPublik)
        {
            var category = Fields.Choice(item, PublicInformationFields.Kategori);
            if (category.Length > 0 && !PublicInformationFields.Categories.Contains(category, StringComparer.OrdinalIgnoreCase))
            {
                context.Fail($"{type}.{PublicInformationFields.Kategori}.Value", t["Kategori informasi harus salah satu dari: {0}.", string.Join(", ", PublicInformationFields.Categories)]);
            }
        }

        if (type == HumasTypes.Layanan)
        {
            var counter = Fields.Choice(item, ServiceFields.Loket);
            if (counter.Length > 0 && !ServiceFields.Counters.Contains(counter, StringComparer.Ordinal))
            {
                context.Fail($"{type}.{ServiceFields.Loket}.Value", t["Loket harus salah satu dari A sampai F."]);
            }
        }

        return Task.CompletedTask;
    }

    private static string Key(string type, string field) => $"{type}.{field}.Text";

    [GeneratedRegex(@"^\d{1,4}/HM/\d{4}$")]
    private static partial Regex ReleaseNumber();
}
