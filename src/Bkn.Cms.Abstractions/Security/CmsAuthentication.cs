namespace Bkn.Cms.Security;

/// <summary>Names of the platform's authentication schemes.</summary>
public static class CmsAuthentication
{
    /// <summary>The bearer-token scheme of <c>/api</c> (tokens from <c>POST /api/auth/token</c>).</summary>
    public const string BearerScheme = "Bearer";
}
