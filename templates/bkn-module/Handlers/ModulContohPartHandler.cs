using Bkn.Cms.ContentManagement;
using Bkn.Cms.ModulContoh.Models;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.ModulContoh.Handlers;

/// <summary>Refuses a summary longer than the public list shows; the error is keyed like the editor's input.</summary>
public sealed class ModulContohPartHandler(IStringLocalizer t) : IContentHandler
{
    public Task ValidatingAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Item.As<ModulContohPart>() is { } part && (part.Ringkasan ?? "").Length > ModulContohPart.MaxSummaryLength)
        {
            context.Fail($"{nameof(ModulContohPart)}.{nameof(ModulContohPart.Ringkasan)}", t["Ringkasan paling panjang {0} karakter.", ModulContohPart.MaxSummaryLength]);
        }

        return Task.CompletedTask;
    }
}
