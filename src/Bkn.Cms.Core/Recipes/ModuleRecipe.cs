using System.Reflection;

namespace Bkn.Cms.Recipes;

/// <summary>A recipe a module ships as the embedded resource <c>Recipes/{file}.recipe.json</c>.</summary>
public sealed record ModuleRecipe(string Name, string ModuleId, bool SampleData, Assembly Assembly, string ResourceName)
{
    public Stream Open() =>
        Assembly.GetManifestResourceStream(ResourceName) ?? throw new InvalidOperationException($"Resource {ResourceName} vanished from {Assembly.GetName().Name}.");
}
