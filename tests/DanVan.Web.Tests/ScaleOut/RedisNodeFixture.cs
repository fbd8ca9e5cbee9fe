namespace DanVan.Web.Tests.ScaleOut;

/// <summary>A Redis of its own and one node on it (the portal not set up): for the lock and the health endpoints.</summary>
public sealed class RedisNodeFixture : IAsyncLifetime
{
    public RedisServer Redis { get; private set; } = null!;

    public ClusterNode Node { get; private set; } = null!;

    public string KeyPrefix { get; } = $"danvan-test-{Guid.NewGuid():N}:";

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        Node = new ClusterNode(Redis, KeyPrefix, settings: new Dictionary<string, string> { ["DanVan:Redis:LockExpiry"] = "00:00:00.600" });
        _ = Node.Server;
    }

    public async Task DisposeAsync()
    {
        Node.Dispose();
        await Redis.DisposeAsync();
    }
}
