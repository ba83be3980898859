using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Folders of the helpdesk under the data folder (App:DataPath), never under the web root.</summary>
public static class HelpdeskPaths
{
    public static string DataPath(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration["App:DataPath"] ?? "App_Data";
        return Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
    }
}
