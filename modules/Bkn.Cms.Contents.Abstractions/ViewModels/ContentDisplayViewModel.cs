using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.ViewModels;

/// <summary>What a public content view receives: the item, its type and its body as safe HTML.</summary>
public sealed record ContentDisplayViewModel(ContentItem Item, ContentTypeDefinition Definition, string BodyHtml, bool IsPreview);
