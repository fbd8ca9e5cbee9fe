namespace DanVan.Orchard;

/// <summary>Resolved locations of App_Data and of each tenant's folder.</summary>
public sealed class AppDataPaths(string root)
{
    /// <summary>The full path of App_Data (<c>DanVan:AppDataPath</c> resolved against the content root).</summary>
    public string Root { get; } = Path.GetFullPath(root);

    public string TenantFolder(string tenantName) => Path.Combine(Root, "Sites", tenantName);
}
