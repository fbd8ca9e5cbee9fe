using System.ComponentModel.DataAnnotations;

namespace DanVan.Admin.ViewModels;

public sealed class SettingsViewModel
{
    [Required(ErrorMessage = "Nhập tên trang.")]
    [StringLength(200, ErrorMessage = "Tên trang tối đa 200 ký tự.")]
    [Display(Name = "Tên trang")]
    public string SiteName { get; set; } = string.Empty;

    [StringLength(200, ErrorMessage = "Tiêu đề banner tối đa 200 ký tự.")]
    [Display(Name = "Tiêu đề banner")]
    public string? BannerTitle { get; set; }

    [StringLength(300, ErrorMessage = "Dòng phụ banner tối đa 300 ký tự.")]
    [Display(Name = "Dòng phụ banner")]
    public string? BannerSubtitle { get; set; }

    [StringLength(400)]
    [RegularExpression(@"^(~/|/|https://)[^\s""'<>]*$", ErrorMessage = "Đường dẫn ảnh phải bắt đầu bằng ~/, / hoặc https://")]
    [Display(Name = "Ảnh banner (đường dẫn)")]
    public string? BannerImagePath { get; set; }

    [StringLength(300)]
    [Display(Name = "Địa chỉ liên hệ")]
    public string? ContactAddress { get; set; }

    [StringLength(50)]
    [RegularExpression(@"^[0-9 +().\-]*$", ErrorMessage = "Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -")]
    [Display(Name = "Điện thoại")]
    public string? ContactPhone { get; set; }

    [StringLength(200)]
    [EmailAddress(ErrorMessage = "E-mail không hợp lệ.")]
    [Display(Name = "E-mail liên hệ")]
    public string? ContactEmail { get; set; }

    [Required]
    [Display(Name = "Múi giờ")]
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    [Required]
    [Display(Name = "Ngôn ngữ")]
    public string Culture { get; set; } = "vi-VN";

    public static readonly IReadOnlyList<(string Id, string Name)> TimeZones =
    [
        ("Asia/Ho_Chi_Minh", "Giờ Việt Nam (UTC+7)"),
        ("Asia/Bangkok", "Bangkok (UTC+7)"),
        ("UTC", "UTC"),
    ];

    public static readonly IReadOnlyList<(string Id, string Name)> Cultures =
    [
        ("vi-VN", "Tiếng Việt"),
        ("en-US", "English"),
    ];
}
