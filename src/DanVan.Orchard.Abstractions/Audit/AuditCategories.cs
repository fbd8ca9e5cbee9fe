namespace DanVan.Orchard.Audit;

/// <summary>What an audit event is about; the audit list filters by these.</summary>
public static class AuditCategories
{
    public const string Content = "Content";
    public const string Settings = "Settings";
    public const string Menu = "Menu";
    public const string Users = "Users";
    public const string Media = "Media";
    public const string Features = "Features";
    public const string SignIn = "SignIn";
    public const string Tenants = "Tenants";
    public const string Feedback = "Feedback";
}
