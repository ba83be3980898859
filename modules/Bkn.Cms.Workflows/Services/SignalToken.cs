namespace Bkn.Cms.Workflows.Services;

/// <summary>What a signed signal link carries.</summary>
public sealed record SignalToken(string Signal, string? CorrelationId, string? InstanceId);
