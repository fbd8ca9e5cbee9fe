using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Email, "Thư điện tử",
    Description = "Gửi thư (mời quản trị, đặt lại mật khẩu…) qua máy chủ SMTP, lưu trước trong hộp thư đi để không mất thư khi máy chủ thư gặp sự cố.",
    Category = "Hệ thống",
    Dependencies = [FeatureIds.Admin],
    IsAlwaysEnabled = true)]
