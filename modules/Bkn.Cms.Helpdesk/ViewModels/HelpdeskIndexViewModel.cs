using Bkn.Cms.Helpdesk.Models;

namespace Bkn.Cms.Helpdesk.ViewModels;

/// <summary>The public helpdesk start page: FAQ first, then the categories.</summary>
public sealed record HelpdeskIndexViewModel(IReadOnlyList<HelpdeskFaq> Faqs, IReadOnlyList<HelpdeskCategory> Categories);
