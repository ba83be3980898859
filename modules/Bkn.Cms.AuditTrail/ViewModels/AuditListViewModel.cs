using Bkn.Cms.AuditTrail.Models;

namespace Bkn.Cms.AuditTrail.ViewModels;

public sealed record AuditListViewModel(IReadOnlyList<AuditEventRecord> Events, AuditFilter Filter, long? Next, int RetentionDays, bool CanManage, IReadOnlyDictionary<Guid, string> UnitNames);

public sealed record AuditFilter(string? Category, string? User, string? Content, DateOnly? From, DateOnly? To)
{
    public string QueryString(long? before = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("category", Category);
        Add("user", User);
        Add("content", Content);
        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("before", before?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
