namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Outcome of a submission: the ticket number, or errors keyed by form field.</summary>
public sealed record IntakeResult(string? Number, IReadOnlyDictionary<string, string> Errors, bool Repeated = false)
{
    public bool Succeeded => Number is not null;
}
