namespace DanVan.Orchard.Display;

/// <summary>What the admin layout shows around a page: the menu (filtered by features and permissions), breadcrumbs,
/// notices and the signed-in user. Filled for admin pages before the view renders.</summary>
public sealed class AdminLayoutContext
{
    public IReadOnlyList<AdminMenuItem> Menu { get; set; } = [];

    public List<Breadcrumb> Breadcrumbs { get; } = [];

    public List<Notice> Notices { get; } = [];

    public string? UserName { get; set; }

    /// <summary>The page belongs to an <see cref="Security.AdminAttribute">admin</see> controller: the root
    /// <c>_ViewStart</c> gives it <see cref="AdminLayoutName"/>, so no module sets the admin layout itself.</summary>
    public bool IsAdminPage { get; set; }

    /// <summary>The admin theme's layout, the one every admin page renders in.</summary>
    public const string AdminLayoutName = "_AdminLayout";

    /// <summary>The app-relative URL of the menu entry to highlight.</summary>
    public string? ActiveUrl { get; set; }

    public AdminLayoutContext Crumb(string text, string? url = null)
    {
        Breadcrumbs.Add(new Breadcrumb(text, url));
        return this;
    }
}
