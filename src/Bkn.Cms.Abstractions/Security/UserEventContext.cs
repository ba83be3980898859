namespace Bkn.Cms.Security;

/// <summary>The account an event concerns.</summary>
public sealed record UserEventContext(string UserId, string UserName, Guid? UnitId);
