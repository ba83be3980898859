namespace Bkn.Cms.Helpdesk.Services;

/// <summary>A question and its signed token.</summary>
public sealed record CaptchaChallenge(string Question, string Token);
