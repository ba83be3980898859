namespace Bkn.Cms.Features;

/// <summary>A feature operation that is refused; the message is Indonesian and meant for the user.</summary>
public sealed class FeatureOperationException : Exception
{
    public FeatureOperationException(string message, bool isUnknown = false)
        : base(message)
    {
        IsUnknown = isUnknown;
    }

    public FeatureOperationException()
    {
    }

    public FeatureOperationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The feature or unit named does not exist (as opposed to a refused change).</summary>
    public bool IsUnknown { get; }
}
