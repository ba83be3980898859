namespace Bkn.Cms.Users;

/// <summary>Looks up users for pickers and lists without exposing the identity store.</summary>
public interface IUserDirectory
{
    /// <summary>Active users whose user name or display name contains the text, by name.</summary>
    Task<IReadOnlyList<UserSummary>> SearchAsync(string? text, int max, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserSummary>> FindAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
}

public sealed record UserSummary(string Id, string UserName, string DisplayName, Guid? UnitId);
