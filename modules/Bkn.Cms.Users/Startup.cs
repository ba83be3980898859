using Bkn.Cms.Data;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Security;
using Bkn.Cms.Users.Api;
using Bkn.Cms.Users.SignIn;
using Bkn.Cms.Users.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Users;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<IUserValidator<CmsUser>, EmailAddressUserValidator>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => TokenEndpoint.Map(endpoints);
}
