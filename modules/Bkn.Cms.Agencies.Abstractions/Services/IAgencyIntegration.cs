namespace Bkn.Cms.Agencies;

/// <summary>
/// Changes an agency's web-service integration columns from another module (the web service's onboarding): training
/// service, production service, public IP ready and the status. Null leaves a column as it is. The change is kept in the
/// agency's history like an edit in the registry; it joins the caller's database transaction when there is one.
/// </summary>
public interface IAgencyIntegration
{
    Task UpdateAsync(Guid agencyId, AgencyIntegrationUpdate update, string userName, CancellationToken cancellationToken = default);
}

/// <summary>The integration columns to change; null leaves a column unchanged.</summary>
public sealed record AgencyIntegrationUpdate
{
    public bool? TrainingService { get; init; }

    public bool? ProductionService { get; init; }

    public bool? PublicIpReady { get; init; }

    /// <summary>Set the status to "Implementasi" (the agency calls the production web service with its public IP).</summary>
    public bool Implementation { get; init; }
}
