using Bkn.Cms.Helpdesk.Models;

namespace Bkn.Cms.Helpdesk.ViewModels;

/// <summary>The status page: the check form, and after a successful check the ticket's public view.</summary>
public sealed record StatusViewModel(string? Number, string? Error, PublicTicketView? Ticket, string? Message = null);
