namespace Bkn.Cms.ContentManagement;

/// <summary>Implemented by a module to define content types in code. Definitions stored by recipes or the admin override them by name.</summary>
public interface IContentDefinitionProvider
{
    IEnumerable<ContentTypeDefinition> GetTypeDefinitions();
}
