using Bkn.Cms.Humas.Services;
using Bkn.Cms.Navigation;

namespace Bkn.Cms.Humas.Navigation;

/// <summary>The home page block of the newest news, press releases, regulations and the services.</summary>
public sealed class HumasHomeBlockProvider(PublicationQueries queries) : IHomeBlockProvider
{
    /// <summary>Views/Shared/Humas/_HomeBlock.cshtml, model <see cref="HomeBlocks"/>.</summary>
    public const string PartialName = "Humas/_HomeBlock";

    public async Task<IReadOnlyList<HomeBlock>> GetBlocksAsync(CancellationToken cancellationToken) =>
        [new HomeBlock(PartialName, await queries.HomeAsync(cancellationToken), 10)];
}
