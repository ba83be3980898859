using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Humas.Models;

/// <summary>
/// Marks a type as going through the editorial workflow (draft → review → approved → published). The state itself
/// belongs to the item, not to a version, so it is kept in the EditorialStates table (see <c>EditorialService</c>).
/// </summary>
public sealed class EditorialPart : ContentPart
{
}
