namespace Bkn.Cms.Helpdesk.Models;

/// <summary>Who wrote a thread entry and who may read it.</summary>
public enum MessageKind
{
    /// <summary>The applicant's question or reply (public).</summary>
    Applicant = 0,

    /// <summary>An operator's answer (public).</summary>
    Reply = 1,

    /// <summary>An operator's note, never shown to the applicant.</summary>
    InternalNote = 2,

    /// <summary>A status change or SLA event recorded by the system (internal).</summary>
    System = 3,
}
