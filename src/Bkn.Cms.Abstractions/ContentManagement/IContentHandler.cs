namespace Bkn.Cms.ContentManagement;

/// <summary>
/// Reacts to content events. All methods have empty defaults: implement what you need. Handlers run inside
/// the store's transaction, so a throw rolls the whole operation back. What a handler adds to the DbContext is saved
/// by the store after the handlers of the operation have run (in the same transaction); a handler need not save.
/// </summary>
public interface IContentHandler
{
    /// <summary>Normalise data before validation (e.g. derive a slug from the title).</summary>
    Task PreparingAsync(ContentItem item, ContentTypeDefinition definition, CancellationToken cancellationToken) => Task.CompletedTask;

    Task ValidatingAsync(ContentValidationContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task CreatedAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After a save; <paramref name="previous"/> is the version the save was based on (same id when changed in place).</summary>
    Task UpdatedAsync(ContentItem previous, ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    Task VersionedAsync(ContentItem previous, ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    Task PublishingAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    Task RemovedAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;
}
