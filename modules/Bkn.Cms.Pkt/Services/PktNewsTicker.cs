using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Services;

/// <summary>
/// Keeps the display screens' running text live: when a news item, press release or announcement is published,
/// unpublished or removed (by an editor or by scheduled publishing), the screens are told once the change is
/// committed, and they reload their board. Built on the engine's content events (<see cref="IContentHandler"/>) and
/// its after-commit hook (<see cref="ICommitParticipant"/>), so a rolled-back save notifies nobody.
/// </summary>
public sealed class PktNewsHandler(DbContext db) : IContentHandler
{
    public Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) => Note(item);

    public Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken) => Note(item);

    public Task RemovedAsync(ContentItem item, CancellationToken cancellationToken) => Note(item);

    private Task Note(ContentItem item)
    {
        if (PktDisplay.NewsTypes.Contains(item.ContentType, StringComparer.Ordinal))
        {
            CommitWork.State<PktNewsChanged>(db).Changed = true;
        }

        return Task.CompletedTask;
    }
}

/// <summary>What <see cref="PktNewsHandler"/> noted in the current transaction.</summary>
public sealed class PktNewsChanged
{
    public bool Changed { get; set; }
}

/// <summary>After the commit of a transaction that changed the news, tells every display screen (all nodes).</summary>
public sealed class PktNewsCommitParticipant(IPktNotifier notifier) : ICommitParticipant
{
    public int Order => 900;

    public Task CommittingAsync(DbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task CommittedAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (CommitWork.Find<PktNewsChanged>(db) is { Changed: true })
        {
            await notifier.NewsAsync(CancellationToken.None);
        }
    }
}
