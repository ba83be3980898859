using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.ViewModels;

/// <summary>Two versions side by side, one row per part property (JSON path), changed rows flagged.</summary>
public sealed record ContentCompareViewModel(ContentItem Left, ContentItem Right, IReadOnlyList<CompareRow> Rows);

public sealed record CompareRow(string Path, string Left, string Right)
{
    public bool Changed => !string.Equals(Left, Right, StringComparison.Ordinal);
}
