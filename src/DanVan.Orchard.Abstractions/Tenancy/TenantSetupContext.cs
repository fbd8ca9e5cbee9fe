using System.Collections.Concurrent;

namespace DanVan.Orchard.Tenancy;

public sealed record TenantSetupContext(TenantSetupRequest Request, string AdminUserId, IServiceProvider Services)
{
    /// <summary>Values a handler prepared for itself in <see cref="ITenantSetupHandler.PrepareAsync"/>.</summary>
    public ConcurrentDictionary<string, object> Properties { get; } = new();
}
