namespace Bkn.Cms.ContentManagement;

/// <summary>A reusable part a module offers to content types. Register it as a singleton in the module's startup.</summary>
public sealed record ContentPartDescriptor(string Name, Type Type, string DisplayName, string Description);
