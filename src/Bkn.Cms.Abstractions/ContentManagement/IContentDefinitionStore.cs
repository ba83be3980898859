namespace Bkn.Cms.ContentManagement;

/// <summary>The content types in effect: code definitions of enabled features merged with stored ones.</summary>
public interface IContentDefinitionStore
{
    IReadOnlyList<ContentTypeDefinition> ListTypes();

    ContentTypeDefinition? GetType(string name);

    /// <summary>Stores (creates or replaces) a type definition in the database.</summary>
    Task SaveTypeAsync(ContentTypeDefinition definition, CancellationToken cancellationToken);
}
