namespace Bkn.Cms.Workflows;

/// <summary>A start activity of an enabled type.</summary>
public sealed record StartActivity(CachedWorkflowType Type, ActivityDefinition Activity);
