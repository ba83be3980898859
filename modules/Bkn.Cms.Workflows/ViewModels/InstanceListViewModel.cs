using Bkn.Cms.Data;

namespace Bkn.Cms.Workflows.ViewModels;

/// <summary>The instance list with its filters and the keyset of the next page.</summary>
public sealed record InstanceListViewModel(IReadOnlyList<WorkflowInstanceRecord> Instances, string? Type, WorkflowStatus? Status, string? CorrelationId, long? Next, IReadOnlyList<WorkflowTypeRecord> Types)
{
    public string QueryString(long? before = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(key + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("type", Type);
        Add("status", Status?.ToString());
        Add("correlationId", CorrelationId);
        Add("before", before?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
