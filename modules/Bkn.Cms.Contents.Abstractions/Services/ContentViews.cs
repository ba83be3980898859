namespace Bkn.Cms.Contents.Services;

/// <summary>Where the public views of content items are looked up.</summary>
public static class ContentViews
{
    /// <summary>The view for a type and display type: "Content/{DisplayType}-{Type}" when a module has it, else "Content/{DisplayType}".</summary>
    public static IEnumerable<string> ViewNames(string contentType, string displayType) =>
        [$"~/Views/Content/{displayType}-{contentType}.cshtml", $"~/Views/Content/{displayType}.cshtml"];
}
