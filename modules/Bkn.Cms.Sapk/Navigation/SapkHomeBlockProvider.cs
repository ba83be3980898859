using Bkn.Cms.Navigation;
using Bkn.Cms.Sapk.Services;

namespace Bkn.Cms.Sapk.Navigation;

/// <summary>The home page block with the latest confirmed SAPK totals and the trend (none before a period is confirmed).</summary>
public sealed class SapkHomeBlockProvider(SapkDashboard dashboard) : IHomeBlockProvider
{
    /// <summary>Views/Shared/Sapk/_HomeBlock.cshtml, model <see cref="ViewModels.SapkPublicSummary"/>.</summary>
    public const string PartialName = "Sapk/_HomeBlock";

    public async Task<IReadOnlyList<HomeBlock>> GetBlocksAsync(CancellationToken cancellationToken)
    {
        var summary = await dashboard.PublicSummaryAsync(cancellationToken);
        return summary.Period is null ? [] : [new HomeBlock(PartialName, summary, 40)];
    }
}
