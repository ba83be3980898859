using System.Security.Cryptography;
using System.Text;
using Bkn.Cms.Hosting;
using Bkn.Cms.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bkn.Cms.Agencies.Services;

/// <summary>
/// The row-level error reports of refused personnel imports, in {App:DataPath}/agencies-import-reports (never under
/// the web root): one CSV per refused file under a folder of the user who uploaded it, named by a random id, readable
/// only by that user and removed after a day.
/// </summary>
public sealed class PersonnelImportReports(IConfiguration configuration, IHostEnvironment environment)
    : PrivateFileFolder(DataPaths.Folder(configuration, environment, "agencies-import-reports"))
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>Stores the report for the user and returns its id (32 hex characters).</summary>
    public async Task<string> SaveAsync(string userId, byte[] report, CancellationToken cancellationToken)
    {
        RemoveExpired();
        var id = Guid.NewGuid().ToString("N");
        var full = Path.Combine(Root, Folder(userId), id + ".csv");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, report, cancellationToken);
        return id;
    }

    /// <summary>The user's report with that id, or null (unknown, someone else's, expired or a malformed id).</summary>
    public Stream? Open(string userId, string? id)
    {
        if (id is not { Length: 32 } || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var relative = Folder(userId) + "/" + id + ".csv";
        var written = List().FirstOrDefault(f => f.Path == relative).WrittenUtc;
        return written != default && DateTime.UtcNow - written > Lifetime ? null : Open(relative);
    }

    private void RemoveExpired()
    {
        // File times are the real clock, so the age is measured on it (not on the site's TimeProvider).
        var now = DateTime.UtcNow;
        foreach (var (path, written) in List().ToList())
        {
            if (now - written > Lifetime)
            {
                try
                {
                    Delete(path);
                }
                catch (IOException)
                {
                    // Being read right now: removed next time.
                }
            }
        }
    }

    /// <summary>A folder per user that does not reveal the user id.</summary>
    private static string Folder(string userId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("bkn-personnel-import:" + userId)))[..24];
}
