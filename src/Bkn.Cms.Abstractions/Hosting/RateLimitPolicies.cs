namespace Bkn.Cms.Hosting;

/// <summary>Names of the rate-limit policies the host defines.</summary>
public static class RateLimitPolicies
{
    /// <summary>Login and token endpoints: a few attempts per minute per client address.</summary>
    public const string Authentication = "auth";

    /// <summary>Public helpdesk submissions (and their form pages) per client address (RateLimits:HelpdeskSubmitPerMinute).</summary>
    public const string HelpdeskSubmit = "helpdesk-submit";

    /// <summary>Public helpdesk status checks and applicant actions per client address (RateLimits:HelpdeskStatusPerMinute).</summary>
    public const string HelpdeskStatus = "helpdesk-status";
}
