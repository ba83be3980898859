namespace Bkn.Cms.Humas.Services;

/// <summary>An editorial action that is not allowed now; the message is Indonesian and shown to the editor.</summary>
public sealed class EditorialException : Exception
{
    public EditorialException()
    {
    }

    public EditorialException(string message)
        : base(message)
    {
    }

    public EditorialException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
