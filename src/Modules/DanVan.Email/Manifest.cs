using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Email, "Thư điện tử",
    Description = "Gửi thư điện tử (thư mời, đặt lại mật khẩu…); thư được giữ trong hộp thư đi và gửi lại khi máy chủ thư gặp sự cố, nên không mất thư.",
    Category = "Hệ thống",
    Dependencies = [FeatureIds.Admin],
    IsAlwaysEnabled = true)]
