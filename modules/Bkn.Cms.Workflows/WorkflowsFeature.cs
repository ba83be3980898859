namespace Bkn.Cms.Workflows;

/// <summary>The module's feature id, used by its manifest and wherever the module checks or names its feature.</summary>
public static class WorkflowsFeature
{
    public const string Id = "Bkn.Cms.Workflows";
}
