using Bkn.Cms.Data;

namespace Bkn.Cms.Workflows.ViewModels;

/// <summary>A type in the list with its instance counts by status.</summary>
public sealed record WorkflowTypeRow(WorkflowTypeRecord Type, IReadOnlyDictionary<WorkflowStatus, int> Counts, IReadOnlyList<string> StartEvents);
