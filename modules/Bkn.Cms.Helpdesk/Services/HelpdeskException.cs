namespace Bkn.Cms.Helpdesk.Services;

/// <summary>An action that cannot be done; the Indonesian message is shown to the user as is.</summary>
public sealed class HelpdeskException : Exception
{
    public HelpdeskException(string message)
        : base(message)
    {
    }

    public HelpdeskException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HelpdeskException()
    {
    }
}
