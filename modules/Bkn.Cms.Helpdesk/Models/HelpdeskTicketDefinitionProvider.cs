using Bkn.Cms.ContentManagement;
using Bkn.Cms.Helpdesk.Services;

namespace Bkn.Cms.Helpdesk.Models;

/// <summary>The HelpdeskTicket content type: one TicketPart; not creatable or listed in the content admin (personal data).</summary>
public sealed class HelpdeskTicketDefinitionProvider : IContentDefinitionProvider
{
    public IEnumerable<ContentTypeDefinition> GetTypeDefinitions() =>
    [
        new(
            TicketService.ContentType,
            "Tiket Helpdesk",
            new ContentTypeSettings { Creatable = false, Listable = false, Draftable = false, Versionable = false, Securable = true, Searchable = false },
            [new ContentTypePartDefinition(nameof(TicketPart), nameof(TicketPart), [])]),
    ];
}
