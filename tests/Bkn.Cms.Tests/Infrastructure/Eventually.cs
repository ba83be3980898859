namespace Bkn.Cms.Tests.Infrastructure;

/// <summary>Waits for a condition instead of sleeping for a guessed time.</summary>
public static class Eventually
{
    public static async Task<TimeSpan> TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string because)
    {
        var started = DateTime.UtcNow;
        while (DateTime.UtcNow - started < timeout)
        {
            if (await condition())
            {
                return DateTime.UtcNow - started;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"Not true within {timeout.TotalSeconds} s: {because}");
        return timeout;
    }
}
