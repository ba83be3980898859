namespace Bkn.Cms.Hosting;

/// <summary>Configuration section "App".</summary>
public sealed class AppDataOptions
{
    /// <summary>Folder for the SQLite file, uploads and local indexes; relative paths are under the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>The recipe run on first start with an empty database.</summary>
    public string SetupRecipe { get; set; } = "bkn-default.recipe.json";
}
