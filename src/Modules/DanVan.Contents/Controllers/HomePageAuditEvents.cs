namespace DanVan.Contents.Controllers;

/// <summary>The audit trail's names (category Settings) for changes of the home page; the audit list labels them.</summary>
public static class HomePageAuditEvents
{
    public const string Set = "HomePageSet";
    public const string Reset = "HomePageReset";
}
