namespace DanVan.Orchard.ScaleOut;

/// <summary>Names this node (this process's site) in what it sends, so it can ignore its own messages.</summary>
public sealed class NodeIdentity
{
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
