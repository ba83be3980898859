using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.ViewModels;

/// <summary>The "Tipe Konten" form: identity, settings, attached parts and the type's own fields.</summary>
public sealed class ContentTypeEditViewModel
{
    public bool IsNew { get; set; }

    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public bool Creatable { get; set; } = true;

    public bool Listable { get; set; } = true;

    public bool Draftable { get; set; } = true;

    public bool Versionable { get; set; } = true;

    public bool Securable { get; set; }

    public bool Searchable { get; set; } = true;

    public List<string> Parts { get; set; } = [];

    public List<ContentFieldInput> Fields { get; set; } = [];

    public IReadOnlyList<ContentPartDescriptor> AvailableParts { get; set; } = [];

    /// <summary>The field types of the registry (<see cref="ContentFieldDescriptor"/>), in registration order.</summary>
    public IReadOnlyList<string> AvailableFieldTypes { get; set; } = [];

    public Dictionary<string, string> Errors { get; } = [];
}

public sealed class ContentFieldInput
{
    public string Name { get; set; } = "";

    public string FieldType { get; set; } = "TextField";

    public string DisplayName { get; set; } = "";

    public bool Required { get; set; }

    /// <summary>Choices of an enumeration, or the content types a content picker offers; separated by ";".</summary>
    public string Options { get; set; } = "";

    /// <summary>Pickers (content, media, user): more than one value.</summary>
    public bool Multiple { get; set; }
}
