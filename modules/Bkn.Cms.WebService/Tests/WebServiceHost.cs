using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using Bkn.Cms.Agencies;
using Bkn.Cms.Security;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.WebService;

/// <summary>
/// One host for the web-service tests: a known proxy at 10.0.0.5, each request's connection address taken from the
/// test header <see cref="RemoteHeader"/> (the test server has none), and a small fixed registry of two agencies with
/// their personnel records in both datasets, so the tests do not depend on the sample data.
/// </summary>
public class WebServiceHost : IAsyncLifetime
{
    public const string Collection = "WebService";

    public const string RemoteHeader = "X-Test-Remote";
    public const string KnownProxy = "10.0.0.5";
    public const string AgencyAddress = "198.51.100.10";

    public static readonly AgencyInfo AgencyA = new(Guid.Parse("6f0c0d9e-0000-4000-8000-00000000a001"), "PROV-33", "Pemerintah Provinsi Jawa Tengah", AgencyKind.Provinsi, "Jawa Tengah", null, "Kantor Regional I");
    public static readonly AgencyInfo AgencyB = new(Guid.Parse("6f0c0d9e-0000-4000-8000-00000000b002"), "PROV-35", "Pemerintah Provinsi Jawa Timur", AgencyKind.Provinsi, "Jawa Timur", null, "Kantor Regional II");

    /// <summary>An agency without clients or records (the onboarding's admin-page test uses it).</summary>
    public static readonly AgencyInfo AgencyC = new(Guid.Parse("6f0c0d9e-0000-4000-8000-00000000c003"), "PROV-34", "Pemerintah Daerah DI Yogyakarta", AgencyKind.Provinsi, "DI Yogyakarta", null, "Kantor Regional I");

    public FakePersonnel Personnel { get; } = new();

    public CmsFactory Factory { get; private set; } = null!;

    /// <summary>The registry changes the onboarding asked for (the real registry is not in this host).</summary>
    public FakeIntegration Integration { get; } = new();

    public FakeProposals Proposals { get; } = new();

    /// <summary>A host that needs a fake clock sets it here.</summary>
    protected virtual TimeProvider? Clock => null;

    /// <summary>Further setup steps (JSON, each preceded by a comma).</summary>
    protected virtual string ExtraSteps => "";

    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>A database (and data folder) shared with other hosts, which then act as nodes of one site; null for a host of its own.</summary>
    protected virtual TestDatabase? SharedDatabase => null;

    public Task InitializeAsync()
    {
        // A small setup (one unit, the administrator, the feature): these tests bring their own agencies and records.
        var recipe = _recipe = Path.Combine(Path.GetTempPath(), $"bkn-ws-setup-{Guid.NewGuid():N}.recipe.json");
        File.WriteAllText(recipe, SetupRecipe.Replace("\"Bkn.Cms.WebService\" ] }", "\"Bkn.Cms.WebService\" ] }" + ExtraSteps, StringComparison.Ordinal));
        var settings = new Dictionary<string, string?> { ["Proxy:KnownProxies"] = KnownProxy, ["App:SetupRecipe"] = recipe };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        Factory = new CmsFactory(
            database: SharedDatabase,
            settings: settings,
            services: services =>
            {
                services.AddSingleton<IStartupFilter>(new RemoteFromHeader());
                services.AddSingleton<IAgencyDirectory>(new FakeDirectory());
                services.AddSingleton<IPersonnelRecords>(Personnel);
                services.AddSingleton<IAgencyScopeService>(new AllAgencies());
                services.AddSingleton<IAgencyIntegration>(Integration);
                services.AddSingleton<IProposalStatusLookup>(Proposals);
                if (Clock is { } clock)
                {
                    services.AddSingleton(clock);
                }
            });
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    private string? _recipe;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        File.Delete(_recipe!);
    }

    private const string SetupRecipe = """
        {
          "name": "ws-tests",
          "steps": [
            { "name": "units", "units": [ { "code": "BKN", "name": "Badan Kepegawaian Negara", "kind": "Badan" } ] },
            { "name": "roles", "roles": [ { "name": "Administrator", "description": "Semua izin di semua unit.", "system": true } ] },
            { "name": "users", "users": [ { "userName": "admin", "displayName": "Administrator", "unit": "BKN", "roles": [ "Administrator" ], "passwordEnvironmentVariable": "BKN_ADMIN_PASSWORD" } ] },
            { "name": "feature", "enable": [ "Bkn.Cms.WebService" ] }
          ]
        }
        """;

    /// <summary>A client as an administrator would create it; returns it with its secret.</summary>
    public async Task<WsIssuedSecret> CreateClientAsync(AgencyInfo agency, WsEnvironment environment, string addresses = AgencyAddress, int perMinute = 1000, params string[] scopes)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WsClientService>().CreateAsync(
            new WsClientInput
            {
                AgencyId = agency.Id,
                Environment = environment,
                DisplayName = $"SIMPEG {agency.Code} {environment}",
                Scopes = scopes.Length == 0 ? WsScopes.All : scopes,
                AllowedAddresses = addresses,
                RateLimitPerMinute = perMinute,
            },
            "admin",
            CancellationToken.None);
    }

    /// <summary>An HTTP client whose requests arrive from <paramref name="remote"/>, optionally with X-Forwarded-For.</summary>
    public HttpClient Client(string remote = AgencyAddress, string? forwardedFor = null)
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(RemoteHeader, remote);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return client;
    }

    public static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    public async Task<string> TokenAsync(WsIssuedSecret issued, HttpClient? client = null)
    {
        var response = await RequestTokenAsync(client ?? Client(), issued.Client.ClientId, issued.Secret);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string token, string path, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return client.SendAsync(request);
    }

    private sealed class RemoteFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[RemoteHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class FakeDirectory : IAgencyDirectory
    {
        private static readonly AgencySnapshot Snapshot = new([AgencyA, AgencyB, AgencyC]);

        public Task<AgencySnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Snapshot);
    }

    private sealed class AllAgencies : IAgencyScopeService
    {
        public Task<Guid?> GetAgencyOfUserAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) => Task.FromResult<Guid?>(null);

        public Task<AgencyScope> GetAgencyScopeAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default) => Task.FromResult(AgencyScope.All);
    }
}

/// <summary>Records what the onboarding asked the registry to change.</summary>
public sealed class FakeIntegration : IAgencyIntegration
{
    public System.Collections.Concurrent.ConcurrentQueue<(Guid AgencyId, AgencyIntegrationUpdate Update)> Updates { get; } = new();

    public Task UpdateAsync(Guid agencyId, AgencyIntegrationUpdate update, string userName, CancellationToken cancellationToken = default)
    {
        Updates.Enqueue((agencyId, update));
        return Task.CompletedTask;
    }
}

/// <summary>Two proposals, one of each test agency, as the proposals module would report them.</summary>
public sealed class FakeProposals : IProposalStatusLookup
{
    public const string OwnNumber = "KP-201704-AAAA0001";
    public const string OtherNumber = "PS-201704-BBBB0002";

    private static readonly ProposalStatusInfo[] All =
    [
        new(OwnNumber, WebServiceHost.AgencyA.Id, "KP", true, "198501012010011001", new DateOnly(2017, 4, 1), "PERTEK", "Pertek terbit, menunggu SK",
            new DateTime(2017, 1, 10, 3, 0, 0, DateTimeKind.Utc), new DateTime(2017, 2, 1, 3, 0, 0, DateTimeKind.Utc), "PERTEK-KP-0001", null),
        new(OtherNumber, WebServiceHost.AgencyB.Id, "PENSIUN", false, "197501012000011001", new DateOnly(2017, 4, 1), "DIAJUKAN", "Diajukan, menunggu verifikasi",
            new DateTime(2017, 1, 12, 3, 0, 0, DateTimeKind.Utc), null, null, null),
    ];

    /// <summary>Deliberately ignores the agency, like a careless implementation: the API itself must still scope.</summary>
    public Task<ProposalStatusInfo?> FindAsync(string number, Guid agencyId, CancellationToken cancellationToken = default) =>
        Task.FromResult(All.FirstOrDefault(p => string.Equals(p.Number, number, StringComparison.OrdinalIgnoreCase)));
}

/// <summary>Personnel records of the two test agencies: five production and three training records for A, two for B.</summary>
public sealed class FakePersonnel : IPersonnelRecords
{
    public static readonly DateTime Base = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public FakePersonnel()
    {
        Records =
        [
            Record("198501012010011001", WebServiceHost.AgencyA.Id, PersonnelDataset.Production, "Budi Santoso", "Biro Kepegawaian", 1),
            Record("198602022011012002", WebServiceHost.AgencyA.Id, PersonnelDataset.Production, "Sri Lestari", "Biro Kepegawaian", 2),
            Record("198703032012011003", WebServiceHost.AgencyA.Id, PersonnelDataset.Production, "Agus Wibowo", "Dinas Pendidikan", 3),
            Record("198804042013012004", WebServiceHost.AgencyA.Id, PersonnelDataset.Production, "Dewi Anggraini", "Dinas Pendidikan", 3),
            Record("198905052014011005", WebServiceHost.AgencyA.Id, PersonnelDataset.Production, "Hadi Purnomo", "Dinas Kesehatan", 5),
            Record("199001012015011001", WebServiceHost.AgencyA.Id, PersonnelDataset.Training, "Peserta Latih Satu", "Unit Latih", 1),
            Record("199002022015012002", WebServiceHost.AgencyA.Id, PersonnelDataset.Training, "Peserta Latih Dua", "Unit Latih", 2),
            Record("199003032015011003", WebServiceHost.AgencyA.Id, PersonnelDataset.Training, "Peserta Latih Tiga", "Unit Latih", 3),
            Record("197501012000011001", WebServiceHost.AgencyB.Id, PersonnelDataset.Production, "Slamet Riyadi", "Sekretariat Daerah", 1),
            Record("197602022001012002", WebServiceHost.AgencyB.Id, PersonnelDataset.Production, "Wulan Sari", "Sekretariat Daerah", 2),
        ];
    }

    public List<PersonnelRecord> Records { get; }

    public Task<PersonnelRecord?> FindAsync(string nip, PersonnelDataset dataset = PersonnelDataset.Production, CancellationToken cancellationToken = default) =>
        Task.FromResult(Records.FirstOrDefault(r => r.Nip == nip && r.Dataset == dataset));

    public Task<IReadOnlyList<PersonnelRecord>> FindManyAsync(IReadOnlyCollection<string> nips, PersonnelDataset dataset = PersonnelDataset.Production, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PersonnelRecord>>([.. Records.Where(r => nips.Contains(r.Nip) && r.Dataset == dataset)]);

    public async IAsyncEnumerable<PersonnelRecord> StreamByAgencyAsync(Guid agencyId, PersonnelDataset dataset = PersonnelDataset.Production, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var record in Records.Where(r => r.AgencyId == agencyId && r.Dataset == dataset))
        {
            await Task.Yield();
            yield return record;
        }
    }

    public Task<IReadOnlyList<PersonnelRecord>> ChangesAsync(Guid agencyId, PersonnelDataset dataset, string? unor, DateTime? updatedSince, PersonnelKeyset? after, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PersonnelRecord>>([.. Records
            .Where(r => r.AgencyId == agencyId && r.Dataset == dataset && (unor is null || r.Unor == unor) && (updatedSince is null || r.UpdatedUtc >= updatedSince))
            .OrderBy(r => r.UpdatedUtc).ThenBy(r => r.Nip, StringComparer.Ordinal)
            .Where(r => after is not { } k || r.UpdatedUtc > k.UpdatedUtc || (r.UpdatedUtc == k.UpdatedUtc && string.CompareOrdinal(r.Nip, k.Nip) > 0))
            .Take(limit)]);

    public Task<PersonnelRecord> ApplyCorrectionAsync(string nip, IReadOnlyDictionary<string, string?> changes, string actorUserId, string reason, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    private static PersonnelRecord Record(string nip, Guid agency, PersonnelDataset dataset, string name, string unor, int day) => new()
    {
        Nip = nip,
        AgencyId = agency,
        Dataset = dataset,
        Name = name,
        BirthDate = new DateOnly(int.Parse(nip[..4]), int.Parse(nip[4..6]), int.Parse(nip[6..8])),
        Gender = nip[14] == '1' ? "L" : "P",
        Golongan = "III/a",
        TmtGolongan = new DateOnly(2018, 4, 1),
        TmtCpns = new DateOnly(int.Parse(nip[8..12]), int.Parse(nip[12..14]), 1),
        Jabatan = "Analis Kepegawaian",
        JenisJabatan = JenisJabatan.FungsionalAhliPertama,
        Unor = unor,
        Pendidikan = "S-1",
        Agama = "Islam",
        Kppn = "KPPN Semarang I",
        UpdatedUtc = Base.AddDays(day),
    };
}

[CollectionDefinition(WebServiceHost.Collection)]
public sealed class WebServiceCollection : ICollectionFixture<WebServiceHost>;
