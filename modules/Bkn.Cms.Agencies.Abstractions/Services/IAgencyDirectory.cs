namespace Bkn.Cms.Agencies;

/// <summary>Read access to the agency registry: a snapshot refreshed when any node changes the registry.</summary>
public interface IAgencyDirectory
{
    Task<AgencySnapshot> GetAsync(CancellationToken cancellationToken = default);
}
