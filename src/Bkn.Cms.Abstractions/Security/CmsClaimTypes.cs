namespace Bkn.Cms.Security;

/// <summary>Claim types Bkn.Cms adds to the principal.</summary>
public static class CmsClaimTypes
{
    public const string UnitId = "bkn:unit";
}
