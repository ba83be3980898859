using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Models;

/// <summary>The public address of the item, e.g. "profil/sejarah-bkn". Derived from the title when left empty.</summary>
public sealed class AutoroutePart : ContentPart
{
    public string Path { get; set; } = "";
}
