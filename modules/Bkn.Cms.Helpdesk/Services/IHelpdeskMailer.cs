namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Sends the helpdesk's e-mails (confirmation, answer notice). The default writes .eml files to App_Data/outbox for a
/// relay to pick up; a host with a mail service replaces the registration.
/// </summary>
public interface IHelpdeskMailer
{
    Task SendAsync(HelpdeskMail mail, CancellationToken cancellationToken);
}
