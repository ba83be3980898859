using System.Threading.RateLimiting;
using Bkn.Cms.Background;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.Features;
using Bkn.Cms.Localization;
using Bkn.Cms.Locking;
using Bkn.Cms.Modules;
using Bkn.Cms.Recipes;
using Bkn.Cms.Security;
using Bkn.Cms.Settings;
using Bkn.Cms.State;
using Bkn.Cms.Units;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bkn.Cms.Hosting;

/// <summary>Wires the engine into a web application: store, identity, modules, features, localisation.</summary>
public static class CmsServiceCollectionExtensions
{
    /// <summary>Scheme of the API's bearer tokens (POST /api/auth/token).</summary>
    public const string BearerScheme = CmsAuthentication.BearerScheme;

    private const string SmartScheme = "Bkn";

    public static WebApplicationBuilder AddBknCms(this WebApplicationBuilder builder, ModuleCatalog? catalog = null)
    {
        catalog ??= ModuleCatalog.Default;
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Serve the modules' and themes' wwwroot (/_content/{Assembly}/…) from the build output too, not only after publish.
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false); // do not advertise the server software
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        // Minimal APIs answer a body or parameter they cannot bind with an exception (outside Development too), which
        // MalformedRequestMiddleware turns into problem details and a log line instead of a silent, empty 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddSingleton(catalog);
        services.AddSingleton<IModuleCatalog>(catalog);
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<AppDataOptions>(configuration.GetSection("App"));
        services.Configure<StateOptions>(configuration.GetSection("State"));
        services.Configure<DatabaseOptions>(configuration.GetSection("Database"));
        services.Configure<RedisOptions>(configuration.GetSection("Redis"));

        AddStore(builder);
        AddStateCaches(services);
        AddSecurity(services);
        var redis = AddRedis(builder);
        AddPublicOutputCache(builder, redis);
        AddLocalizationAndMvc(services, catalog);

        services.AddScoped<FeatureManager>();
        services.AddScoped<IFeatureManager>(sp => sp.GetRequiredService<FeatureManager>());
        services.AddSingleton<Navigation.AdminMenuService>();
        services.AddSingleton<Navigation.IAdminMenu>(sp => sp.GetRequiredService<Navigation.AdminMenuService>());
        services.AddScoped<SiteSettingsWriter>();
        services.AddScoped<ISiteSettingsWriter>(sp => sp.GetRequiredService<SiteSettingsWriter>());
        services.AddScoped<RecipeExecutor>();
        services.AddSingleton<ModuleRecipes>();
        services.AddScoped<SetupService>();
        services.AddScoped<SchemaMigrator>();
        services.AddSingleton<IRecipeStep, FeatureStep>();
        services.AddSingleton<IRecipeStep, UnitsStep>();
        services.AddSingleton<IRecipeStep, RolesStep>();
        services.AddSingleton<IRecipeStep, UsersStep>();
        services.AddSingleton<IRecipeStep, SettingsStep>();
        services.AddSingleton<IRecipeStep, ContentDefinitionStep>();
        services.AddSingleton<IRecipeStep, ContentStep>();
        services.AddHttpContextAccessor();
        services.AddSingleton<ContentDefinitionStore>();
        services.AddSingleton<IContentDefinitionStore>(sp => sp.GetRequiredService<ContentDefinitionStore>());
        services.AddSingleton<IStampedCache>(sp => sp.GetRequiredService<ContentDefinitionStore>());
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<IContentQuery, ContentQuery>();
        services.AddScoped<IContentScanner, ContentScanner>();
        services.AddScoped<IContentImporter, ContentImporter>();
        services.AddScoped<Audit.IAuditTrail, Audit.AuditTrail>();
        services.AddScoped<Users.IUserDirectory, Users.UserDirectory>();
        AddWorkflowRuntime(services);
        services.TryAddSingleton<Media.IMediaStore, Media.FileSystemMediaStore>();
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<CmsDbContext>());
        services.AddScoped<ICmsDbContext>(sp => sp.GetRequiredService<CmsDbContext>());
        services.AddHostedService<BackgroundTaskRunner>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.Authentication, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("RateLimits:AuthenticationPerMinute", 30), Window = TimeSpan.FromMinutes(1) }));
        });

        // Module startups: every feature's services are registered; the engine gates them at run time.
        var map = new FeatureServiceMap();
        services.AddSingleton(map);
        var startups = new List<(ModuleStartup Startup, FeatureDescriptor Feature)>();
        foreach (var module in catalog.Modules)
        {
            foreach (var type in module.Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ModuleStartup)) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                var feature = catalog.FeatureOfType(type)!;
                var startup = (ModuleStartup)Activator.CreateInstance(type)!;
                ServiceCollectionTracker.Configure(services, startup, feature.Id, map);
                startups.Add((startup, feature));
            }
        }

        services.AddSingleton(new ModuleStartups(startups));
        return builder;
    }

    private static void AddWorkflowRuntime(IServiceCollection services)
    {
        services.AddSingleton<Workflows.WorkflowTypeCache>();
        services.AddSingleton<IStampedCache>(sp => sp.GetRequiredService<Workflows.WorkflowTypeCache>());
        services.AddSingleton<Workflows.WorkflowActivityCatalog>();
        services.AddScoped<Workflows.WorkflowActivityLibrary>();
        services.AddScoped<Workflows.IWorkflowActivityLibrary>(sp => sp.GetRequiredService<Workflows.WorkflowActivityLibrary>());
        services.AddScoped<Workflows.WorkflowValidator>();
        services.AddScoped<Workflows.WorkflowTypeStore>();
        services.AddScoped<Workflows.IWorkflowTypeStore>(sp => sp.GetRequiredService<Workflows.WorkflowTypeStore>());
        services.AddScoped<Workflows.WorkflowManager>();
        services.AddScoped<Workflows.IWorkflowManager>(sp => sp.GetRequiredService<Workflows.WorkflowManager>());
        services.AddSingleton<Workflows.WorkflowTimerProcessor>();
        services.AddSingleton<Workflows.IWorkflowTimerProcessor>(sp => sp.GetRequiredService<Workflows.WorkflowTimerProcessor>());
        services.AddSingleton<IRecipeStep, Workflows.WorkflowTypeStep>();
    }

    /// <summary>Contexts kept for reuse; more concurrent scopes than this still work, the extra contexts are not kept.</summary>
    private const int PoolSize = 256;

    // Contexts are pooled: building a context (options, internal service provider look-up, model, DbSets) for every
    // scope was a sixth of a workflow event and showed up in every uncached page view. EF resets a returned context
    // (change tracker, transaction, the settings made in its constructor); CmsDbContext forgets its commit work.
    // Logging and diagnostics checks are cached by a pooled context for a second (EF's LoggingCacheTime).
    // Work that must run right before a commit (stamps, counters, the search log) is done by ICommitParticipants.
    /// <summary>
    /// Turns on Npgsql's automatic preparation unless the connection string decides: the statements every request repeats
    /// (look-ups, inserts) are then parsed and planned once per connection instead of on each execution — PostgreSQL
    /// helpdesk submissions 156 -> 222/s and status checks 1,339 -> 2,081/s in one run (docs/PERFORMANCE.md). Behind a
    /// pooler in transaction mode (PgBouncer) set "Max Auto Prepare=0" (docs/OPERATIONS.md).
    /// <para>
    /// Also skips the session reset Npgsql runs when a pooled connection is reused ("No Reset On Close"), unless the
    /// connection string decides: the engine keeps no session state on pooled connections (no SET, temporary tables,
    /// LISTEN or session advisory locks; the schema lock uses its own unpooled connection), and the reset is seven
    /// statements on every open — two or more per request.
    /// </para>
    /// </summary>
    internal static string WithConnectionDefaults(string connection)
    {
        if (connection.Length == 0)
        {
            return connection;
        }

        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
            if (!connection.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
            {
                builder.MaxAutoPrepare = 64;
                builder.AutoPrepareMinUsages = 2;
            }

            if (!connection.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
            {
                builder.NoResetOnClose = true;
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return connection; // reported by SetupService at start
        }
    }

    private static void AddStore(WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var dataPath = DataPath(builder);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            // A missing connection string is reported by SetupService at start with a clear message.
            var connection = WithConnectionDefaults(options.ConnectionString ?? Environment.GetEnvironmentVariable("BKN_DB_CONNECTION") ?? "");
            builder.Services.AddDbContextPool<CmsDbContext, PostgresCmsDbContext>(
                (sp, o) => o.UseNpgsql(connection).AddInterceptors(new CommitWorkInterceptor(sp)), PoolSize);
            builder.Services.AddSingleton<IBulkInserter, PostgresBulkInserter>();
        }
        else
        {
            Directory.CreateDirectory(dataPath);
            var connection = options.ConnectionString ?? $"Data Source={Path.Combine(dataPath, "bkn.db")};Default Timeout=30";
            var synchronous = options.SqliteSynchronous.ToUpperInvariant();
            if (!SqliteConnectionInterceptor.IsValid(synchronous))
            {
                throw new InvalidOperationException($"Database:SqliteSynchronous '{options.SqliteSynchronous}' tidak dikenal; pakai NORMAL atau FULL.");
            }

            var interceptor = new SqliteConnectionInterceptor(synchronous);
            builder.Services.AddDbContextPool<CmsDbContext, SqliteCmsDbContext>(
                (sp, o) => o.UseSqlite(connection).AddInterceptors(interceptor, new CommitWorkInterceptor(sp)), PoolSize);
            builder.Services.AddSingleton<IBulkInserter, SqliteBulkInserter>();
        }
    }

    /// <summary>The absolute data folder (App:DataPath, default App_Data under the content root).</summary>
    public static string DataPath(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["App:DataPath"] ?? "App_Data";
        return Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, configured));
    }

    private static void AddStateCaches(IServiceCollection services)
    {
        services.AddSingleton<UnitTreeCache>();
        services.AddSingleton<IUnitTree>(sp => sp.GetRequiredService<UnitTreeCache>());
        services.AddSingleton<FeatureStateCache>();
        services.AddSingleton<IFeatureChecker>(sp => sp.GetRequiredService<FeatureStateCache>());
        services.AddSingleton<SecurityCache>();
        services.AddSingleton<SiteSettingsCache>();
        services.AddSingleton<ISiteSettings>(sp => sp.GetRequiredService<SiteSettingsCache>());
        services.AddSingleton<IStampedCache>(sp => sp.GetRequiredService<UnitTreeCache>());
        services.AddSingleton<IStampedCache>(sp => sp.GetRequiredService<FeatureStateCache>());
        services.AddSingleton<IStampedCache>(sp => sp.GetRequiredService<SecurityCache>());
        services.AddSingleton<IStampedCache>(sp => sp.GetRequiredService<SiteSettingsCache>());
        services.AddSingleton<StateStamps>();
        services.AddSingleton<IStateStamps>(sp => sp.GetRequiredService<StateStamps>());
        services.AddSingleton<ICommitParticipant, StampCommitParticipant>();
        services.AddHostedService<StateStampPoller>();
    }

    /// <summary>The scheme a module claimed for the request's path (<see cref="CmsAuthenticationOptions"/>), longest prefix first.</summary>
    private static string? ModuleScheme(HttpContext context)
    {
        string? scheme = null;
        var length = 0;
        foreach (var (prefix, name) in context.RequestServices.GetRequiredService<IOptions<CmsAuthenticationOptions>>().Value.SchemesByPath)
        {
            if (prefix.Length > length && context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                (scheme, length) = (name, prefix.Length);
            }
        }

        return scheme;
    }

    private static void AddSecurity(IServiceCollection services)
    {
        services.AddSingleton<PermissionService>();
        services.AddSingleton<IPermissionService>(sp => sp.GetRequiredService<PermissionService>());
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddScoped<UserEvents>();
        services.AddScoped<IUserEvents>(sp => sp.GetRequiredService<UserEvents>());
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie for pages, bearer token for /api, a module's own scheme under its paths", o =>
                o.ForwardDefaultSelector = context => ModuleScheme(context)
                    ?? (context.Request.Path.StartsWithSegments(CmsPaths.Api, StringComparison.OrdinalIgnoreCase) ? BearerScheme : IdentityConstants.ApplicationScheme))
            .AddBearerToken(BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromMinutes(30))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = CmsPaths.Login;
            o.LogoutPath = CmsPaths.Logout;
            o.AccessDeniedPath = CmsPaths.AccessDenied;
            o.Cookie.Name = "bkn.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });

        services.AddIdentityCore<CmsUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<CmsRole>()
            .AddEntityFrameworkStores<CmsDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        services.AddAuthorization();

        // Secure whenever the request is HTTPS, also when TLS ends at a known proxy (X-Forwarded-Proto, ReverseProxy).
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
    }

    private static IConnectionMultiplexer? AddRedis(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var redisConfiguration = builder.Configuration["Redis:Configuration"];
        var dataProtection = services.AddDataProtection().SetApplicationName("Bkn.Cms");
        if (string.IsNullOrWhiteSpace(redisConfiguration))
        {
            services.AddSingleton<IDistributedLock, LocalDistributedLock>();
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
                new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
            return null;
        }

        // Keep starting (and reconnecting) when Redis is briefly unavailable instead of failing the node.
        var redisOptions = ConfigurationOptions.Parse(redisConfiguration);
        redisOptions.AbortOnConnectFail = false;
        var multiplexer = ConnectionMultiplexer.Connect(redisOptions);
        services.AddSingleton<IConnectionMultiplexer>(multiplexer);
        services.AddSingleton<IDistributedLock, RedisDistributedLock>();
        services.AddHostedService<RedisStampRelay>();
        dataProtection.PersistKeysToStackExchangeRedis(multiplexer, "bkn:dataprotection-keys");
        return multiplexer;
    }

    /// <summary>
    /// Public pages opt in with <c>[OutputCache(PolicyName = PublicOutputCache.PolicyName)]</c>; entries are tagged and
    /// evicted by tag when content they show changes. With Redis configured the store is shared, so every node agrees.
    /// <c>OutputCache:Enabled=false</c> turns caching off (benchmarks, debugging).
    /// </summary>
    private static void AddPublicOutputCache(WebApplicationBuilder builder, IConnectionMultiplexer? redis)
    {
        var services = builder.Services;
        var enabled = builder.Configuration.GetValue("OutputCache:Enabled", true);
        var duration = builder.Configuration.GetValue("OutputCache:Duration", TimeSpan.FromMinutes(10));
        services.AddOutputCache(o =>
        {
            o.AddPolicy(PublicOutputCache.PolicyName, policy =>
            {
                if (!enabled)
                {
                    policy.NoCache();
                    return;
                }

                policy.Expire(duration)
                    .Tag(PublicOutputCache.Tag)
                    .SetVaryByQuery("*")
                    .VaryByValue(_ => new KeyValuePair<string, string>("culture", System.Globalization.CultureInfo.CurrentUICulture.Name));
            });
        });
        if (enabled && redis is not null)
        {
            services.AddStackExchangeRedisOutputCache(o =>
            {
                o.InstanceName = "bkn:output:";
                o.ConnectionMultiplexerFactory = () => Task.FromResult(redis);
            });
        }
    }

    private static void AddLocalizationAndMvc(IServiceCollection services, ModuleCatalog catalog)
    {
        var translations = TranslationCatalog.FromModules(catalog);
        services.AddSingleton(translations);
        services.AddSingleton<IStringLocalizerFactory, CatalogStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<IStringLocalizerFactory>().Create(typeof(CmsServiceCollectionExtensions)));
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            string[] cultures = ["id", "en"];
            o.SetDefaultCulture("id").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
            ];
        });

        var mvc = services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add(new MalformedFormFilter());
                o.Conventions.Add(new FeatureEndpointConvention(catalog));
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        mvc.ConfigureApplicationPartManager(parts =>
        {
            // Modules are found by attribute, not by the SDK's reference scan, so add their controllers and views here.
            foreach (var module in catalog.Modules)
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(module.Assembly).GetApplicationParts(module.Assembly))
                {
                    if (!parts.ApplicationParts.Any(p => p.Name == part.Name && p.GetType() == part.GetType()))
                    {
                        parts.ApplicationParts.Add(part);
                    }
                }
            }
        });
    }
}
