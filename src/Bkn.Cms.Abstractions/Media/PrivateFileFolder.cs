namespace Bkn.Cms.Media;

/// <summary>
/// A folder of private uploads (identity scans, dossier documents) outside the web root: files are named by a random
/// id under a month folder and read back only through the module's permission-checked pages. Paths handed back are
/// relative; one that would leave the folder is refused.
/// </summary>
public abstract class PrivateFileFolder(string root)
{
    public string Root => root;

    /// <summary>Stores the bytes and returns the relative path (<c>yyyy-MM/id.ext</c>) to keep in the database.</summary>
    public async Task<string> SaveAsync(byte[] content, string extension, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var relative = Path.Combine(nowUtc.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N") + extension);
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, content, cancellationToken);
        return relative.Replace('\\', '/');
    }

    /// <summary>Every stored file: its relative path and when it was written.</summary>
    public IEnumerable<(string Path, DateTime WrittenUtc)> List()
    {
        var full = Path.GetFullPath(Root);
        if (!Directory.Exists(full))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
        {
            yield return (Path.GetRelativePath(full, file).Replace('\\', '/'), File.GetLastWriteTimeUtc(file));
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
        var folder = Path.GetFullPath(Root);
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        return full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
