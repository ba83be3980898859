using Bkn.Cms.Humas.Indexes;

namespace Bkn.Cms.Humas.Services;

/// <summary>What the public home page shows from this module.</summary>
public sealed record HomeBlocks(
    IReadOnlyList<PublicationIndex> News,
    IReadOnlyList<PublicationIndex> PressReleases,
    IReadOnlyList<PublicationIndex> Regulations,
    IReadOnlyList<PublicationIndex> Services);
