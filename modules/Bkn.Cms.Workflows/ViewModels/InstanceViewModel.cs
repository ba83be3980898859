using Bkn.Cms.Data;

namespace Bkn.Cms.Workflows.ViewModels;

/// <summary>One instance: its journal, blocking activities, state and the diagram of its pinned version.</summary>
public sealed record InstanceViewModel(
    WorkflowInstanceRecord Instance,
    WorkflowTypeDefinition? Definition,
    IReadOnlyList<WorkflowJournalEntry> Journal,
    IReadOnlyList<WorkflowBlockingActivityRecord> Blocking,
    WorkflowInstanceState State,
    bool CanManage,
    string Diagram);
