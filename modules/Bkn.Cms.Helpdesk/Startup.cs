using System.Threading.RateLimiting;
using Bkn.Cms.Background;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.Helpdesk.Activities;
using Bkn.Cms.Helpdesk.Api;
using Bkn.Cms.Helpdesk.Indexes;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Navigation;
using Bkn.Cms.Helpdesk.Recipes;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Hosting;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Recipes;
using Bkn.Cms.Security;
using Bkn.Cms.State;
using Bkn.Cms.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bkn.Cms.Helpdesk;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<IPublicNavigationProvider, HelpdeskPublicNavigation>();
        services.AddSingleton<IContentDefinitionProvider, HelpdeskTicketDefinitionProvider>();
        services.AddSingleton(new ContentPartDescriptor(nameof(TicketPart), typeof(TicketPart), "Tiket helpdesk", "Isian formulir pelamar pada tiket helpdesk."));
        services.AddScoped<IContentIndexProvider, HelpdeskTicketIndexProvider>();

        // A factory registration is not tied to the feature: count changes kept in a transaction are always applied.
        services.AddSingleton<ICommitParticipant>(_ => new HelpdeskCountsCommitParticipant());
        services.AddScoped<IRecipeStep, HelpdeskStep>();
        services.AddScoped<HelpdeskSettings>();
        services.AddSingleton<HelpdeskCatalog>();
        services.AddSingleton<IStampedCache>(provider => provider.GetRequiredService<HelpdeskCatalog>());
        services.AddScoped<HelpdeskSecrets>();
        services.AddScoped<HelpdeskCaptcha>();
        services.AddScoped<StatusAccess>();
        services.AddScoped<HelpdeskIntake>();
        services.AddScoped<Bkn.Cms.Pkt.IPktHelpdeskTickets, PktHelpdeskTickets>(); // the PKT counter console opens tickets for visitors' questions
        services.AddScoped<HelpdeskTicketWriter>();
        services.AddSingleton<HelpdeskIntakeWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<HelpdeskIntakeWriter>());
        services.AddScoped<TicketService>();
        services.AddScoped<SlaSweeper>();
        services.AddScoped<HelpdeskRetention>();
        services.AddScoped<HelpdeskSampleGenerator>();
        services.AddScoped<HelpdeskReports>();
        services.AddSingleton<ScanStore>();
        services.TryAddSingleton<IHelpdeskMailer, OutboxMailer>();
        services.AddSingleton<IBackgroundTask, HelpdeskSlaTask>();
        services.AddWorkflowActivity<RouteHelpdeskTicketTask>();
        services.AddWorkflowActivity<AssignHelpdeskTicketTask>();
        services.AddWorkflowActivity<ChangeHelpdeskTicketStatusTask>();
        services.AddWorkflowActivity<AddHelpdeskTicketNoteTask>();
        services.AddWorkflowActivity<HelpdeskSlaSweepTask>();
        services.AddSingleton<IBackgroundTask, HelpdeskRetentionTask>();
        services.AddScoped<OrphanScanSweeper>();
        services.AddSingleton<IBackgroundTask, OrphanScanSweepTask>();
        services.AddSingleton<NikSearchLimiter>();
        services.AddSingleton<SubmissionLimiter>();
        services.AddHttpContextAccessor();

        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.AddPolicy(RateLimitPolicies.HelpdeskSubmit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("RateLimits:HelpdeskSubmitPerMinute", 120), Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(RateLimitPolicies.HelpdeskStatus, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("RateLimits:HelpdeskStatusPerMinute", 30), Window = TimeSpan.FromMinutes(1) }));
        });
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => HelpdeskApi.Map(endpoints);
}
