namespace Bkn.Cms.Hosting;

/// <summary>Configuration section "Redis"; leave Configuration empty to run without Redis.</summary>
public sealed class RedisOptions
{
    public string? Configuration { get; set; }
}
