namespace Bkn.Cms.Hosting;

/// <summary>Names of the rate-limit policies the host defines.</summary>
public static class RateLimitPolicies
{
    /// <summary>Login and token endpoints: a few attempts per minute per client address.</summary>
    public const string Authentication = "auth";
}
