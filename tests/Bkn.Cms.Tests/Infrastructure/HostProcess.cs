using System.Diagnostics;

namespace Bkn.Cms.Tests.Infrastructure;

/// <summary>The built host started as its own process (as an operator starts it), for start-up failures.</summary>
public static class HostProcess
{
    /// <summary>
    /// Starts the host with the given environment (a null value removes the variable) on a free port and waits up to
    /// a minute for it to exit; returns its exit code and what it wrote to standard error.
    /// </summary>
    public static async Task<(int ExitCode, string Error)> RunUntilExitAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var webDll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [webDll])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        _ = await stdout;
        return (process.ExitCode, await stderr);
    }
}
