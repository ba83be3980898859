namespace Bkn.Cms.Kepegawaian.Rules;

/// <summary>The status of a proposal's dossier; BTL, BTS, TMS and MS are BKN's verification codes.</summary>
public enum UsulanStatus
{
    Draf = 0,
    Diajukan = 1,

    /// <summary>Berkas tidak lengkap: back to the agency with the missing items and a deadline.</summary>
    Btl = 2,

    /// <summary>Berkas tidak sesuai: back to the agency with reasons.</summary>
    Bts = 3,

    /// <summary>Tidak memenuhi syarat: final for the period.</summary>
    Tms = 4,

    /// <summary>Memenuhi syarat: the Pertek follows.</summary>
    Ms = 5,

    /// <summary>Pertek issued: the agency uploads the SK.</summary>
    Pertek = 6,

    /// <summary>SK uploaded: done.</summary>
    Selesai = 7,
}

/// <summary>An action on a dossier.</summary>
public enum UsulanAction
{
    Ajukan,
    Btl,
    Bts,
    Tms,
    Ms,
    TerbitkanPertek,
    UnggahSk,
}

/// <summary>Who may take an action: the agency's operator or BKN's verifier.</summary>
public enum UsulanActor
{
    Instansi,
    Verifikator,
}

/// <summary>
/// The verification flow as a tested state machine: agency submits → verifier decides BTL / BTS / TMS / MS → Pertek →
/// agency uploads the SK. BTL and BTS go back to the agency, who submits again; TMS and Selesai are final.
/// </summary>
public static class UsulanStateMachine
{
    public static string Code(UsulanStatus status) => status switch
    {
        UsulanStatus.Draf => "DRAF",
        UsulanStatus.Diajukan => "DIAJUKAN",
        UsulanStatus.Btl => "BTL",
        UsulanStatus.Bts => "BTS",
        UsulanStatus.Tms => "TMS",
        UsulanStatus.Ms => "MS",
        UsulanStatus.Pertek => "PERTEK",
        _ => "SELESAI",
    };

    public static UsulanStatus? Parse(string? code) =>
        Enum.GetValues<UsulanStatus>().Where(s => string.Equals(Code(s), code?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => (UsulanStatus?)s).FirstOrDefault();

    public static string Label(UsulanStatus status) => status switch
    {
        UsulanStatus.Draf => "Draf (disiapkan instansi)",
        UsulanStatus.Diajukan => "Diajukan, menunggu verifikasi",
        UsulanStatus.Btl => "BTL — berkas tidak lengkap",
        UsulanStatus.Bts => "BTS — berkas tidak sesuai",
        UsulanStatus.Tms => "TMS — tidak memenuhi syarat",
        UsulanStatus.Ms => "MS — memenuhi syarat",
        UsulanStatus.Pertek => "Pertek terbit, menunggu SK",
        _ => "Selesai (SK diunggah)",
    };

    public static UsulanActor ActorOf(UsulanAction action) =>
        action is UsulanAction.Ajukan or UsulanAction.UnggahSk ? UsulanActor.Instansi : UsulanActor.Verifikator;

    /// <summary>The status after the action, or null when the action is not allowed from <paramref name="from"/>.</summary>
    public static UsulanStatus? Next(UsulanStatus from, UsulanAction action) => (from, action) switch
    {
        (UsulanStatus.Draf or UsulanStatus.Btl or UsulanStatus.Bts, UsulanAction.Ajukan) => UsulanStatus.Diajukan,
        (UsulanStatus.Diajukan, UsulanAction.Btl) => UsulanStatus.Btl,
        (UsulanStatus.Diajukan, UsulanAction.Bts) => UsulanStatus.Bts,
        (UsulanStatus.Diajukan, UsulanAction.Tms) => UsulanStatus.Tms,
        (UsulanStatus.Diajukan, UsulanAction.Ms) => UsulanStatus.Ms,
        (UsulanStatus.Ms, UsulanAction.TerbitkanPertek) => UsulanStatus.Pertek,
        (UsulanStatus.Pertek, UsulanAction.UnggahSk) => UsulanStatus.Selesai,
        _ => null,
    };

    /// <summary>Whether the status waits on the agency (for the service level clock).</summary>
    public static bool WaitsOnAgency(UsulanStatus s) => s is UsulanStatus.Draf or UsulanStatus.Btl or UsulanStatus.Bts or UsulanStatus.Pertek;

    public static bool IsFinal(UsulanStatus s) => s is UsulanStatus.Tms or UsulanStatus.Selesai;

    /// <summary>The Pertek number from the configured format.</summary>
    public static string PertekNumber(string format, int sequence, JenisUsulan jenis, DateOnly period, string agencyCode)
    {
        var result = System.Text.RegularExpressions.Regex.Replace(format, @"\{(\w+)(?::([^}]+))?\}", m =>
        {
            var pad = m.Groups[2].Success ? m.Groups[2].Value : null;
            return m.Groups[1].Value switch
            {
                "urut" => sequence.ToString(pad ?? "0", System.Globalization.CultureInfo.InvariantCulture),
                "jenis" => Checklists.IsKp(jenis) ? "KP" : "PS",
                "tahun" => period.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "bulan" => period.Month.ToString(pad ?? "00", System.Globalization.CultureInfo.InvariantCulture),
                "instansi" => agencyCode,
                _ => m.Value,
            };
        });
        return result;
    }
}
