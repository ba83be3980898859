using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents.Handlers;

/// <summary>Keeps the meta description short enough for search results and the image a local or https address.</summary>
public sealed class SeoPartHandler(IStringLocalizer t) : IContentHandler
{
    public const int MaxDescription = 300;

    public Task ValidatingAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Item.As<SeoPart>() is { } seo)
        {
            if ((seo.MetaDescription ?? "").Length > MaxDescription)
            {
                context.Fail($"{nameof(SeoPart)}.{nameof(SeoPart.MetaDescription)}", t["Deskripsi paling panjang {0} karakter.", MaxDescription]);
            }

            var image = seo.OpenGraphImage ?? "";
            if (image.Length > 0 && !image.StartsWith("/media/", StringComparison.Ordinal) && !image.StartsWith("https://", StringComparison.Ordinal))
            {
                context.Fail($"{nameof(SeoPart)}.{nameof(SeoPart.OpenGraphImage)}", t["Gambar harus dari pustaka media (/media/…) atau alamat https://."]);
            }
        }

        return Task.CompletedTask;
    }
}
