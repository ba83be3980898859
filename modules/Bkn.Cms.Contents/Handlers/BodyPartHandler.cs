using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Contents.Services;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents.Handlers;

/// <summary>HTML bodies are sanitised before they are stored; Markdown is stored as typed and sanitised when rendered.</summary>
public sealed class BodyPartHandler(HtmlContentSanitizer sanitizer, IStringLocalizer t) : IContentHandler
{
    public const int MaxLength = 500_000;

    public Task PreparingAsync(ContentItem item, ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        if (definition.HasPart(nameof(BodyPart)) && item.As<BodyPart>() is { } part)
        {
            part.Format = string.IsNullOrEmpty(part.Format) ? BodyPart.Markdown : part.Format.Trim().ToLowerInvariant();
            if (part.Format == BodyPart.Html)
            {
                part.Body = sanitizer.SanitizeHtml(part.Body);
            }

            item.Apply(part);
        }

        return Task.CompletedTask;
    }

    public Task ValidatingAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Item.As<BodyPart>() is { } part)
        {
            if (part.Format is not (BodyPart.Markdown or BodyPart.Html))
            {
                context.Fail($"{nameof(BodyPart)}.{nameof(BodyPart.Format)}", t["Format isi harus markdown atau html."]);
            }

            if ((part.Body?.Length ?? 0) > MaxLength)
            {
                context.Fail($"{nameof(BodyPart)}.{nameof(BodyPart.Body)}", t["Isi terlalu panjang (paling banyak {0} karakter).", MaxLength]);
            }
        }

        return Task.CompletedTask;
    }
}
