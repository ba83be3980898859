namespace Bkn.Cms.Workflows;

/// <summary>The workflow activities of enabled features, by name (scoped).</summary>
public interface IWorkflowActivityLibrary
{
    IReadOnlyCollection<IActivity> All { get; }

    IActivity? Get(string name);
}
