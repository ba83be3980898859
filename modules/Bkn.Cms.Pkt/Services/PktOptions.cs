using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Pkt.Services;

/// <summary>Rules of the queue that change over time, from configuration section <c>Pkt</c>.</summary>
public sealed class PktOptions(IConfiguration configuration)
{
    /// <summary><c>Pkt:RegulerPerPrioritas</c>: at most one priority call per this many regular calls (default 3).</summary>
    public int RegularPerPriority => Math.Max(0, configuration.GetValue("Pkt:RegulerPerPrioritas", 3));

    /// <summary><c>Pkt:BatasPanggilUlang</c>: a called visitor who does not come after this many recalls is a no-show (default 3).</summary>
    public int RecallLimit => Math.Max(1, configuration.GetValue("Pkt:BatasPanggilUlang", 3));

    /// <summary><c>Pkt:KuotaSlot</c>: appointments per service and 30-minute slot (default 4).</summary>
    public int SlotQuota => Math.Max(1, configuration.GetValue("Pkt:KuotaSlot", 4));

    public IConfiguration Configuration => configuration;
}
