using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Fields;

/// <summary>The field types this module offers (registered in its startup); each has Views/Shared/Fields/{Name}.Edit.cshtml.</summary>
public static class ContentFields
{
    public static readonly IReadOnlyList<ContentFieldDescriptor> All =
    [
        new("TextField", "Text", ContentFieldValueKind.Text),
        new("MultiTextField", "Text", ContentFieldValueKind.Text),
        new("NumericField", "Value", ContentFieldValueKind.Number),
        new("BooleanField", "Value", ContentFieldValueKind.Boolean),
        new("DateField", "Value", ContentFieldValueKind.Date),
        new("DateTimeField", "Value", ContentFieldValueKind.Date),
        new("LinkField", "Url", ContentFieldValueKind.Url),
        new("EnumerationField", "Value", ContentFieldValueKind.Choice) { OptionsSetting = "Options" },
        new("ContentPickerField", "ContentItemIds", ContentFieldValueKind.ContentItems) { OptionsSetting = "DisplayedContentTypes" },
        new("MediaField", "Paths", ContentFieldValueKind.References),
        new("UserPickerField", "UserIds", ContentFieldValueKind.References),
    ];

    /// <summary>The descriptor of a field type, or plain text for a type no module offers any more.</summary>
    public static ContentFieldDescriptor Describe(this IEnumerable<ContentFieldDescriptor> registry, string fieldType) =>
        registry.FirstOrDefault(f => f.Name == fieldType) ?? new ContentFieldDescriptor(fieldType, "Text", ContentFieldValueKind.Text);
}
