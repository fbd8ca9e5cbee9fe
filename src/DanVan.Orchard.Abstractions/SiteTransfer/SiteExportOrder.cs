namespace DanVan.Orchard.SiteTransfer;

/// <summary>The order of an export's steps: each runs after what it depends on (roles before users, types before items).</summary>
public static class SiteExportOrder
{
    public const int Site = 0;
    public const int ContentDefinition = 100;
    public const int Roles = 200;
    public const int Users = 300;
    public const int Media = 400;
    public const int Content = 500;
    public const int Menu = 600;
}
