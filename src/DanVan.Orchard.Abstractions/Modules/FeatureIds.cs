namespace DanVan.Orchard.Modules;

/// <summary>
/// The ids of this platform's module features, for manifests, dependencies and the few places that name another
/// module's feature (a module cannot reference another module, so the names live with the contracts).
/// </summary>
public static class FeatureIds
{
    public const string Admin = "DanVan.Admin";
    public const string Articles = "DanVan.Articles";
    public const string AuditTrail = "DanVan.AuditTrail";
    public const string Contents = "DanVan.Contents";
    public const string Email = "DanVan.Email";
    public const string Feedback = "DanVan.Feedback";
    public const string Media = "DanVan.Media";
    public const string MediaAzure = "DanVan.Media.Azure";
    public const string MeetingReports = "DanVan.MeetingReports";
    public const string Search = "DanVan.Search";
    public const string Setup = "DanVan.Setup";
    public const string Tenants = "DanVan.Tenants";
    public const string Users = "DanVan.Users";
}
