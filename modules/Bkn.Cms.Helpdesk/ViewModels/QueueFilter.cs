using System.Globalization;
using Bkn.Cms.Helpdesk.Models;

namespace Bkn.Cms.Helpdesk.ViewModels;

/// <summary>The operator queue's filters, read from the query string.</summary>
public sealed record QueueFilter(string? Team, bool Mine, TicketStatus? Status, string? Category, bool Overdue, DateOnly? From, DateOnly? To, string? Q, bool Newest)
{
    public string QueryString(long? cursor = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(key + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("tim", Team);
        Add("milik", Mine ? "saya" : null);
        Add("status", Status is { } s ? TicketStatuses.Slug(s) : "semua");
        Add("kategori", Category);
        Add("lewat", Overdue ? "1" : null);
        Add("dari", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("sampai", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("q", Q);
        Add("urut", Newest ? "baru" : null);
        Add("setelah", cursor?.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    public QueueFilter WithStatus(TicketStatus? status) => this with { Status = status };
}
