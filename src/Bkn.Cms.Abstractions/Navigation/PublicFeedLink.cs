namespace Bkn.Cms.Navigation;

/// <summary>An RSS feed the public layout announces in its head (<c>rel="alternate"</c>); the title is in Indonesian.</summary>
public sealed record PublicFeedLink(string Title, string Href);
