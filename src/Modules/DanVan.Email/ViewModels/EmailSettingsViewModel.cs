using System.ComponentModel.DataAnnotations;
using DanVan.Email.Smtp;

namespace DanVan.Email.ViewModels;

/// <summary>The "Thư điện tử" form. The password is never sent back to the browser: empty keeps the stored one.</summary>
public sealed class EmailSettingsViewModel
{
    [StringLength(253, ErrorMessage = "Tên máy chủ tối đa 253 ký tự.")]
    [RegularExpression(@"^[A-Za-z0-9.\-\[\]:]*$", ErrorMessage = "Tên máy chủ chỉ gồm chữ, số, dấu chấm và gạch nối.")]
    [Display(Name = "Máy chủ SMTP")]
    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "Cổng phải từ 1 đến 65535.")]
    [Display(Name = "Cổng")]
    public int Port { get; set; } = 587;

    [Display(Name = "Bảo mật kết nối")]
    public SmtpEncryptionMethod EncryptionMethod { get; set; } = SmtpEncryptionMethod.StartTls;

    [Display(Name = "Máy chủ yêu cầu đăng nhập")]
    public bool RequireCredentials { get; set; }

    [StringLength(254, ErrorMessage = "Tên đăng nhập tối đa 254 ký tự.")]
    [Display(Name = "Tên đăng nhập")]
    public string? UserName { get; set; }

    [StringLength(500, ErrorMessage = "Mật khẩu tối đa 500 ký tự.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string? Password { get; set; }

    [Display(Name = "Xóa mật khẩu đã lưu")]
    public bool ClearPassword { get; set; }

    [StringLength(254, ErrorMessage = "Địa chỉ gửi tối đa 254 ký tự.")]
    [Display(Name = "Địa chỉ người gửi")]
    public string? DefaultSender { get; set; }

    [StringLength(200, ErrorMessage = "Tên người gửi tối đa 200 ký tự.")]
    [Display(Name = "Tên người gửi")]
    public string? SenderName { get; set; }

    public bool HasPassword { get; set; }

    /// <summary>Where mail goes now, in words, and what waits.</summary>
    public string? Status { get; set; }

    public string? Warning { get; set; }

    /// <summary>Which sender addresses the host-wide relay sends under (the others become Reply-To).</summary>
    public string? SenderHint { get; set; }

    [StringLength(254)]
    [Display(Name = "Gửi thư thử tới")]
    public string? TestRecipient { get; set; }

    public static IReadOnlyList<(SmtpEncryptionMethod Value, string Name)> Encryptions { get; } =
    [
        (SmtpEncryptionMethod.StartTls, "STARTTLS (thường dùng cổng 587)"),
        (SmtpEncryptionMethod.SslTls, "SSL/TLS (thường dùng cổng 465)"),
        (SmtpEncryptionMethod.None, "Không mã hóa (chỉ trong mạng nội bộ)"),
    ];
}
