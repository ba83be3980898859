using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents.Handlers;

/// <summary>The title becomes the item's DisplayText; it is required and at most 300 characters.</summary>
public sealed class TitlePartHandler(IStringLocalizer t) : IContentHandler
{
    public const int MaxLength = 300;

    public Task PreparingAsync(ContentItem item, ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        if (definition.HasPart(nameof(TitlePart)))
        {
            var part = item.As<TitlePart>() ?? new TitlePart();
            part.Title = (part.Title ?? "").Trim();
            item.Apply(part);
            item.DisplayText = part.Title;
        }

        return Task.CompletedTask;
    }

    public Task ValidatingAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Definition.HasPart(nameof(TitlePart)))
        {
            var title = context.Item.As<TitlePart>()?.Title ?? "";
            if (title.Length == 0)
            {
                context.Fail($"{nameof(TitlePart)}.{nameof(TitlePart.Title)}", t["Judul wajib diisi."]);
            }
            else if (title.Length > MaxLength)
            {
                context.Fail($"{nameof(TitlePart)}.{nameof(TitlePart.Title)}", t["Judul paling panjang {0} karakter.", MaxLength]);
            }
        }

        return Task.CompletedTask;
    }
}
