namespace Bkn.Cms.ContentManagement;

/// <summary>
/// A field type content types can use, offered by a module like a part (<see cref="ContentPartDescriptor"/>): register
/// it as a singleton in the module's startup. The recipe step, the type editor, the content editor, the form reader
/// and field validation all read this registry.
/// </summary>
/// <param name="Name">The field type name stored in definitions, e.g. "TextField".</param>
/// <param name="ValueProperty">The property of the field's JSON that holds its value, e.g. "Text" or "ContentItemIds".</param>
/// <param name="ValueKind">How the value is read from a form and validated.</param>
public sealed record ContentFieldDescriptor(string Name, string ValueProperty, ContentFieldValueKind ValueKind)
{
    /// <summary>The Razor partial that renders the field's input (model <see cref="ContentFieldEditorModel"/>).</summary>
    public string EditorView { get; init; } = $"Fields/{Name}.Edit";

    /// <summary>The settings list the type editor's "options" column fills (e.g. "Options"), or null when it has none.</summary>
    public string? OptionsSetting { get; init; }
}
