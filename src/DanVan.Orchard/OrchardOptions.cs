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
}
