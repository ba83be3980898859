namespace Bkn.Cms.ContentManagement;

/// <summary>A reusable part a module offers to content types. Register it as a singleton in the module's startup.</summary>
public sealed record ContentPartDescriptor(string Name, Type Type, string DisplayName, string Description)
{
    /// <summary>
    /// The Razor partial that renders the part's inputs in the content editor, e.g. "Parts/RegulationPart.Edit" for
    /// Views/Shared/Parts/RegulationPart.Edit.cshtml in the module. Its model is a <see cref="ContentPartEditorModel"/>.
    /// Without one, the editor shows only the part's fields.
    /// </summary>
    public string? EditorView { get; init; }
}
