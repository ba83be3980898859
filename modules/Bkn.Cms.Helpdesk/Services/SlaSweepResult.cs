namespace Bkn.Cms.Helpdesk.Services;

/// <summary>How many tickets one SLA sweep warned, escalated and closed.</summary>
public sealed record SlaSweepResult(int Warned, int Escalated, int Closed);
