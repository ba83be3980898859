namespace Bkn.Cms.Helpdesk.Services;

/// <summary>A plain-text e-mail.</summary>
public sealed record HelpdeskMail(string To, string Subject, string Body);
