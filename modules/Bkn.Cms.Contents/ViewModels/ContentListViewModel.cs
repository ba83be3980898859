using Bkn.Cms.ContentManagement;
using Bkn.Cms.Units;

namespace Bkn.Cms.Contents.ViewModels;

public sealed record ContentListViewModel(
    IReadOnlyList<ContentRow> Items,
    IReadOnlyList<ContentTypeDefinition> Types,
    IReadOnlyList<UnitInfo> Units,
    ContentListFilter Filter,
    string? Next)
{
    /// <summary>Types the user may create (creatable, and the user may write them in some unit).</summary>
    public IReadOnlyList<ContentTypeDefinition> Creatable { get; init; } = [];
}

public sealed record ContentRow(ContentItem Item, string TypeName, string? UnitName, bool CanPublish, bool CanDelete, DateTime? ScheduledPublishLocal);

public sealed record ContentListFilter(string? Type, string? Status, Guid? Unit, bool Mine, string? Q, string? Sort)
{
    public string QueryString(string? after = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("type", Type);
        Add("status", Status);
        Add("unit", Unit?.ToString());
        Add("mine", Mine ? "true" : null);
        Add("q", Q);
        Add("sort", Sort);
        Add("after", after);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
