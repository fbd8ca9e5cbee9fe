using DanVan.Orchard.Tenancy;

namespace DanVan.Tenants.Services;

/// <summary>The tenant manager's refusals (English, for logs and the CLI) as a provincial admin reads them.</summary>
public static class TenantMessages
{
    public static string Vietnamese(TenantValidationException e) => e.Message switch
    {
        var m when m.Contains("already used", StringComparison.Ordinal) => "Địa chỉ này đã được trang khác dùng.",
        var m when m.Contains("is reserved", StringComparison.Ordinal) => "Tiền tố này là địa chỉ dành riêng của hệ thống.",
        var m when m.Contains("must be lower-case", StringComparison.Ordinal) => "Tiền tố chỉ gồm chữ thường không dấu a-z, chữ số và '-' (không dấu cách, không dấu tiếng Việt).",
        var m when m.Contains("is not a host name", StringComparison.Ordinal) => "Tên miền không hợp lệ.",
        var m when m.Contains("needs a URL prefix", StringComparison.Ordinal) => "Trang huyện cần một tiền tố đường dẫn hoặc một tên miền riêng.",
        var m when m.Contains("only a Running tenant can be disabled", StringComparison.Ordinal) => "Chỉ tạm dừng được trang đang hoạt động.",
        var m when m.Contains("only a Disabled tenant can be enabled", StringComparison.Ordinal) => "Chỉ bật lại được trang đang tạm dừng.",
        var m when m.Contains("disable it before removing", StringComparison.Ordinal) => "Hãy tạm dừng trang trước khi xóa.",
        var m when m.Contains("cannot be", StringComparison.Ordinal) => "Không thể làm việc này với cổng tỉnh (trang Default).",
        var m => m,
    };
}
