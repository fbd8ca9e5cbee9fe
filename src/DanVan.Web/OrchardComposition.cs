using System.Reflection;
using DanVan.Orchard.Modules;

namespace DanVan.Web;

/// <summary>The modules and themes this host is built with. Adding a module: reference its project and list its startup here.</summary>
public static class OrchardComposition
{
    public static IReadOnlyList<ModuleStartup> Modules { get; } =
    [
        new DanVan.Contents.Startup(),
        new DanVan.Articles.Startup(),
        new DanVan.MeetingReports.Startup(),
        new DanVan.Users.Startup(),
        new DanVan.Setup.Startup(),
        new DanVan.Admin.Startup(),
        new DanVan.AuditTrail.Startup(),
        new DanVan.Tenants.Startup(),
        new DanVan.Media.Startup(),
        new DanVan.Media.Azure.Startup(),
        new DanVan.Email.Startup(),
        new DanVan.Search.Startup(),
        new DanVan.Feedback.Startup(),
    ];

    public static IReadOnlyList<Assembly> Themes { get; } =
    [
        typeof(DanVan.Theme.ThemeAssembly).Assembly,
        typeof(DanVan.AdminTheme.ThemeAssembly).Assembly,
    ];
}
