namespace Bkn.Cms.Tests.Infrastructure;

/// <summary>A test that needs the Redis server tests/run.sh starts (BKN_TEST_REDIS); skipped with that reason when run without it.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("BKN_TEST_REDIS")))
        {
            Skip = "Needs Redis: run tests/run.sh, or set BKN_TEST_REDIS=host:port.";
        }
    }
}
