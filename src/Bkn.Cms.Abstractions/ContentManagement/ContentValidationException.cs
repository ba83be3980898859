namespace Bkn.Cms.ContentManagement;

/// <summary>A save refused because of invalid data; errors are keyed by field path (e.g. "TitlePart.Title") and in Indonesian.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", errors.SelectMany(e => e.Value)))
    {
        Errors = errors;
    }

    public ContentValidationException()
    {
        Errors = new Dictionary<string, string[]>();
    }

    public ContentValidationException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, string[]> { [""] = [message] };
    }

    public ContentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]> { [""] = [message] };
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
