namespace DanVan.Orchard;

/// <summary>The <c>DanVan</c> configuration section.</summary>
public sealed class OrchardOptions
{
    public const string SectionName = "DanVan";

    /// <summary>Where tenants' files live; relative paths are under the content root.</summary>
    public string AppDataPath { get; set; } = "App_Data";

    /// <summary>Folder of recipe files; relative paths are searched upwards from the content root.</summary>
    public string RecipesPath { get; set; } = "recipes";

    /// <summary>How often the tenant store is checked for changes made by the CLI or another node.</summary>
    public TimeSpan TenantStorePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A tenant unused for this long has its cached state released (connections, caches).</summary>
    public TimeSpan TenantIdleTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A tenant whose database was not used for this long has its pooled connections closed, while its shell and caches
    /// stay: each open SQLite connection holds native memory (its schema, its page cache, file handles), which over a
    /// thousand districts read from the page cache (no query at all) would be most of the process's memory.
    /// </summary>
    public TimeSpan TenantConnectionIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The portal's public address (e.g. <c>https://danvan.example.vn</c>): absolute links of the Default tenant and of
    /// prefix tenants are built on it, and a request for a host that is neither this one nor a tenant's is refused.
    /// Null (development): see <see cref="Tenancy.PublicAddress"/>.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Scheme of the absolute links of tenants reached by their own host name.</summary>
    public string HostTenantScheme { get; set; } = "https";

    /// <summary>The reverse proxies whose X-Forwarded-For/-Proto headers are believed; none by default.</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();
}
