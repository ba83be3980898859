namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Result of a captcha check.</summary>
public sealed record CaptchaCheck(bool Ok, string? Error, string? Nonce, DateTime ExpiresUtc)
{
    public static CaptchaCheck Failed(string error) => new(false, error, null, default);
}
