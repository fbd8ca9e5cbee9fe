using DanVan.Orchard.Settings;

namespace DanVan.Admin.Controllers;

/// <summary>Names, in Vietnamese, the site settings a save changed (the audit trail keeps which fields, not their values).</summary>
internal static class SettingsChanges
{
    private static readonly (string Label, Func<SiteSettings, string?> Read)[] Fields =
    [
        ("Tên trang", s => s.SiteName),
        ("Tiêu đề banner", s => s.BannerTitle),
        ("Dòng phụ banner", s => s.BannerSubtitle),
        ("Ảnh banner", s => s.BannerImagePath),
        ("Địa chỉ liên hệ", s => s.ContactAddress),
        ("Điện thoại", s => s.ContactPhone),
        ("E-mail liên hệ", s => s.ContactEmail),
        ("Múi giờ", s => s.TimeZone),
        ("Ngôn ngữ", s => s.Culture),
    ];

    /// <summary>"Đã đổi: Tên trang, Ảnh banner", or null when nothing changed.</summary>
    public static string? Describe(SiteSettings before, SiteSettings after)
    {
        var changed = Fields.Where(f => !string.Equals(f.Read(before), f.Read(after), StringComparison.Ordinal)).Select(f => f.Label).ToList();
        return changed.Count == 0 ? null : "Đã đổi: " + string.Join(", ", changed);
    }
}
