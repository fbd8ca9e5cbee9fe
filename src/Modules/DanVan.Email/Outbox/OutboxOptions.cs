namespace DanVan.Email.Outbox;

/// <summary><c>DanVan:Email:Outbox</c>: how the background sender works through the tenants' outboxes.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "DanVan:Email:Outbox";

    /// <summary>How often the sender looks at the tenants it knows have mail due (a new message wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often every running tenant's outbox is looked at, for mail queued by another process (the CLI, another
    /// node). Messages queued in this process are seen at once.
    /// </summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages one tenant sends in one turn, over one connection.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Tenants served in one turn; the others wait for the next (fairness, bounded work).</summary>
    public int MaxTenantsPerTick { get; set; } = 20;

    /// <summary>Tenants served at the same time.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>How long a node holds the messages it took; after that another node may send them.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest text plus HTML body accepted, in UTF-8 bytes.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Waits after each failed attempt; after the last one the message is marked failed.</summary>
    public TimeSpan[] RetryDelays { get; set; } =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(6)];

    /// <summary>Sent messages are deleted this many days after they went (they hold password links); failed ones stay until resent.</summary>
    public int SentRetentionDays { get; set; } = 30;

    /// <summary>Old sent messages deleted per tenant turn: small deletes that never hold the tenant's database for long.</summary>
    public int PruneBatchSize { get; set; } = 200;
}
