namespace DanVan.Orchard.Security;

/// <summary>Permissions of the framework itself.</summary>
public static class AdminPermissions
{
    public static readonly Permission ViewAdmin = new("ViewAdmin", "Vào trang quản trị", "Quản trị");
    public static readonly Permission ManageSettings = new("ManageSettings", "Sửa cài đặt trang", "Quản trị");
    public static readonly Permission ManageFeatures = new("ManageFeatures", "Bật, tắt tính năng", "Quản trị");
}
