using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.ViewModels;

namespace Bkn.Cms.Contents.Services;

/// <summary>Builds the display model of an item: its type and its body rendered as sanitised HTML.</summary>
public interface IContentRenderer
{
    /// <summary>The display model, or null when the item's type is not defined.</summary>
    ContentDisplayViewModel? Display(ContentItem item, bool preview);
}
