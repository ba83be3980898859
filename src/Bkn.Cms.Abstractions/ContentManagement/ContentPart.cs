namespace Bkn.Cms.ContentManagement;

/// <summary>Base of every content part. Parts hold data only; they are stored as JSON inside the item.</summary>
public abstract class ContentPart
{
}
