using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bkn.Cms.Hosting;

/// <summary>The data folder (<c>App:DataPath</c>, default <c>App_Data</c>, relative to the content root), never under the web root.</summary>
public static class DataPaths
{
    public static string Root(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration["App:DataPath"] ?? "App_Data";
        return Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
    }

    /// <summary>A folder of a module under the data folder.</summary>
    public static string Folder(IConfiguration configuration, IHostEnvironment environment, string name) =>
        Path.Combine(Root(configuration, environment), name);
}
