namespace Bkn.Cms.Modules;

/// <summary>Marks an assembly as a Bkn.Cms module. Put it in the module's Manifest.cs.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute(string id, string name) : Attribute
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string Description { get; init; } = "";
    public string Category { get; init; } = "Umum";
}
