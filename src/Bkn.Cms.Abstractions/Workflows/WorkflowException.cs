namespace Bkn.Cms.Workflows;

/// <summary>A definition or request that cannot be accepted; the message is Indonesian and shown to the user.</summary>
public sealed class WorkflowException : Exception
{
    public WorkflowException(string message)
        : base(message)
    {
    }

    public WorkflowException(IReadOnlyList<string> errors)
        : base(string.Join(" ", errors)) => Errors = errors;

    public WorkflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WorkflowException()
    {
    }

    public IReadOnlyList<string> Errors { get; } = [];
}
