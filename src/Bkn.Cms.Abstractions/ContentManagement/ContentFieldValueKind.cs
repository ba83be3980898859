namespace Bkn.Cms.ContentManagement;

/// <summary>What a field holds, which decides how a form value is read and checked.</summary>
public enum ContentFieldValueKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>True or false; false counts as empty for a required field.</summary>
    Boolean,

    /// <summary>A date or date and time (ISO 8601).</summary>
    Date,

    /// <summary>An absolute http(s) address.</summary>
    Url,

    /// <summary>One of the choices in the setting named by <see cref="ContentFieldDescriptor.OptionsSetting"/>.</summary>
    Choice,

    /// <summary>
    /// A list of content item ids of the types in <see cref="ContentFieldDescriptor.OptionsSetting"/>; each must exist,
    /// one unless the field's "Multiple" setting allows more.
    /// </summary>
    ContentItems,

    /// <summary>A list of references (media paths, user ids); one unless the field's "Multiple" setting allows more.</summary>
    References,
}
