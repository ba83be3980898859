using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Private storage of scans in {App:DataPath}/helpdesk-private; only the operator workspace reads them back.</summary>
public sealed class ScanStore(IConfiguration configuration, IHostEnvironment environment)
{
    public string Root => Path.Combine(HelpdeskPaths.DataPath(configuration, environment), "helpdesk-private");

    public async Task<string> SaveAsync(byte[] content, string extension, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var relative = Path.Combine(nowUtc.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N") + extension);
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, content, cancellationToken);
        return relative.Replace('\\', '/');
    }

    /// <summary>Every stored scan: its relative path (as kept in HelpdeskAttachments) and when it was written.</summary>
    public IEnumerable<(string Path, DateTime WrittenUtc)> List()
    {
        var root = Path.GetFullPath(Root);
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (var full in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            yield return (Path.GetRelativePath(root, full).Replace('\\', '/'), File.GetLastWriteTimeUtc(full));
        }
    }

    public Stream? Open(string relative)
    {
        var full = FullPath(relative);
        return full is not null && File.Exists(full) ? File.OpenRead(full) : null;
    }

    public void Delete(string relative)
    {
        var full = FullPath(relative);
        if (full is not null && File.Exists(full))
        {
            File.Delete(full);
        }
    }

    private string? FullPath(string relative)
    {
        var root = Path.GetFullPath(Root);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
