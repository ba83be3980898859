using Bkn.Cms.Audit;
using Bkn.Cms.AuditTrail.Services;
using Bkn.Cms.Background;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.AuditTrail;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<IAuditSink, DatabaseAuditSink>();
        services.AddScoped<IContentHandler, ContentAuditHandler>();
        services.AddSingleton<IBackgroundTask, AuditRetentionTask>();
    }
}
