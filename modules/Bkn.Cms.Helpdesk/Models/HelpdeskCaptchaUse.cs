namespace Bkn.Cms.Helpdesk.Models;

/// <summary>A captcha that was answered; its nonce cannot be used again.</summary>
public sealed class HelpdeskCaptchaUse
{
    public string Nonce { get; set; } = "";

    public DateTime ExpiresUtc { get; set; }
}
