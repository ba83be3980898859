namespace Bkn.Cms.Pkt;

/// <summary>
/// A record another module holds about the visitor at a PKT desk, shown beside the case record with a link to it (for
/// example a KP or pension dossier). <paramref name="Kind"/> and <paramref name="Title"/> are Indonesian UI text; the
/// page behind <paramref name="Url"/> checks its own permission.
/// </summary>
public sealed record PktCaseLink(string Kind, string Reference, string Title, string Url);

/// <summary>
/// Implemented by a module that can find its records for a visitor by NIP (register it scoped in the module's
/// Startup). The PKT counter console asks every registered source when the visitor's NIP is known; with no source
/// registered (the module is absent or disabled) the console shows no links.
/// </summary>
public interface IPktCaseLinkSource
{
    /// <summary>At most a handful of records, newest first; <paramref name="nip"/> is a valid 18-digit NIP.</summary>
    Task<IReadOnlyList<PktCaseLink>> FindByNipAsync(string nip, CancellationToken cancellationToken);
}
