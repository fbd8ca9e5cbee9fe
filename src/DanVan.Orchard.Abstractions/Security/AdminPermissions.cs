namespace DanVan.Orchard.Security;

/// <summary>Permissions of the framework itself.</summary>
public static class AdminPermissions
{
    /// <summary>The permissions' names, as constants for attributes such as <see cref="RequirePermissionAttribute"/>.</summary>
    public static class Names
    {
        public const string ViewAdmin = "ViewAdmin";
        public const string ManageSettings = "ManageSettings";
        public const string ManageFeatures = "ManageFeatures";
        public const string ExportSite = "ExportSite";
    }

    public static readonly Permission ViewAdmin = new(Names.ViewAdmin, "Vào trang quản trị", "Quản trị");
    public static readonly Permission ManageSettings = new(Names.ManageSettings, "Sửa cài đặt trang", "Quản trị");
    public static readonly Permission ManageFeatures = new(Names.ManageFeatures, "Bật, tắt tính năng", "Quản trị");

    /// <summary>Download the whole site (content, users, media) as one zip; no role is given it by the recipes: Administrators only.</summary>
    public static readonly Permission ExportSite = new(Names.ExportSite, "Xuất toàn bộ trang (tệp zip)", "Quản trị");
}
