using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;

namespace Bkn.Cms.ModulContoh.Models;

/// <summary>Defines the module's content type in code: a title, an address and the module's part.</summary>
public sealed class ModulContohContentDefinitions : IContentDefinitionProvider
{
    public IEnumerable<ContentTypeDefinition> GetTypeDefinitions() =>
    [
        new(
            ModulContohTypes.ModulContoh,
            "Nama Tampilan Contoh",
            new ContentTypeSettings(),
            [
                new ContentTypePartDefinition(nameof(TitlePart), nameof(TitlePart), []),
                new ContentTypePartDefinition(nameof(AutoroutePart), nameof(AutoroutePart), []),
                new ContentTypePartDefinition(nameof(ModulContohPart), nameof(ModulContohPart), []),
            ]),
    ];
}
