namespace DanVan.Orchard.ScaleOut;

/// <summary>
/// The <c>DanVan:Redis</c> section: set <see cref="Configuration"/> when several nodes serve the same tenants. Unset
/// (the default, one node), nothing of Redis is used.
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "DanVan:Redis";

    /// <summary>A StackExchange.Redis configuration string (<c>redis1:6379,password=…</c>); null keeps everything in this process.</summary>
    public string? Configuration { get; set; }

    /// <summary>Put before every key and channel name, so several sites can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "danvan:";

    /// <summary>How long a lock lives in Redis unless renewed (it is renewed every third of this while held).</summary>
    public TimeSpan LockExpiry { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a request waits for another node to finish migrating a tenant before answering 503.</summary>
    public TimeSpan MigrationLockWait { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
