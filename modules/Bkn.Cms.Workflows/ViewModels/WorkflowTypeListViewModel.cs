namespace Bkn.Cms.Workflows.ViewModels;

/// <summary>The "Alur Kerja" list.</summary>
public sealed record WorkflowTypeListViewModel(IReadOnlyList<WorkflowTypeRow> Types, bool CanManage, int TrimAfterDays);
