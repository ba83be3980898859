namespace Bkn.Cms.Helpdesk.Api;

/// <summary>Body of POST /api/helpdesk/tickets/{number}/replies.</summary>
public sealed record ReplyRequest(string? Body, bool Internal = false, string? Status = null);
