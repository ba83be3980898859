namespace Bkn.Cms.ContentManagement;

/// <summary>Which version of an item to load.</summary>
public enum VersionOptions
{
    /// <summary>The newest version, draft or published.</summary>
    Latest,

    /// <summary>The published version, if any.</summary>
    Published,

    /// <summary>The newest version, or the published one when there is no draft (what an editor opens).</summary>
    DraftRequired,
}
