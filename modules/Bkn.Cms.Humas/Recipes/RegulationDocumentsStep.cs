using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Humas.Services;
using Bkn.Cms.Media;
using Bkn.Cms.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Humas.Recipes;

/// <summary>
/// Recipe step "HumasRegulationDocuments" (sample data): gives every published regulation without a document a generated
/// one-page PDF (title, number, abstract, marked as a sample), stored in the media library under "peraturan" and
/// attached as its first file, so the page's download link and the JDIHN feed's <c>urlDownload</c> work on a new site.
/// Idempotent: regulations that already have a file are left alone. Does nothing when the media library is off.
/// </summary>
public sealed class RegulationDocumentsStep(DbContext db, IContentManager contents, EditorialContext editorial, IServiceProvider services) : IRecipeStep
{
    public string Name => "HumasRegulationDocuments";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (services.GetService<IMediaLibrary>() is not { } media)
        {
            return;
        }

        var ids = await db.Set<PublicationIndex>().AsNoTracking()
            .Where(p => p.ContentType == HumasTypes.Peraturan && p.Published)
            .Select(p => p.ContentItemId).Distinct().ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
            if (item is null || !item.Published || JdihnApiAttachment(item))
            {
                continue;
            }

            var number = Fields.Text(item, RegulationFields.Nomor);
            var year = item.Content[HumasTypes.Peraturan]?[RegulationFields.Tahun]?["Value"]?.ToString() ?? "";
            var pdf = SimplePdf.Create(item.DisplayText,
            [
                $"{Fields.Choice(item, RegulationFields.Jenis)} Nomor {number} Tahun {year}",
                Fields.Text(item, RegulationFields.Abstrak),
                "Dokumen contoh yang dibuat otomatis oleh situs untuk data sampel; naskah resmi tersedia di JDIH BKN.",
            ]);
            var fileName = $"{(item.Content["AutoroutePart"]?["Path"]?.GetValue<string>() ?? id).Split('/')[^1]}.pdf";
            using var stream = new MemoryStream(pdf);
            var upload = await media.UploadAsync(stream, pdf.Length, fileName, "peraturan", null, null, cancellationToken);
            if (upload.File is not { } file)
            {
                continue;
            }

            item.Content["AttachmentsPart"] = new JsonObject
            {
                ["Files"] = new JsonArray(new JsonObject { ["Path"] = file.Path, ["FileName"] = file.FileName }),
            };
            // The sample data adds the file to versions that are already published: no second editor is asked.
            editorial.Publishing = true;
            try
            {
                await contents.UpdateAsync(item, cancellationToken);
                await contents.PublishAsync(id, cancellationToken);
            }
            finally
            {
                editorial.Publishing = false;
            }
        }
    }

    private static bool JdihnApiAttachment(ContentItem item) => Api.JdihnApi.Attachment(item).Url is not null;
}
