using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Modules;

/// <summary>
/// Entry point of a feature. All startups are run when the host starts, whatever the feature state;
/// the engine gates endpoints, menus, permissions and background tasks of disabled features at run time.
/// Endpoints mapped in <see cref="MapEndpoints"/> are tagged with the feature automatically.
/// </summary>
public abstract class ModuleStartup
{
    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
