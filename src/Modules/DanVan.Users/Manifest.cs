using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Users, "Người dùng",
    Description = "Tài khoản đăng nhập và vai trò (quản trị, biên tập viên, tác giả, cộng tác viên) của những người làm trang.",
    Category = "Bảo mật",
    IsAlwaysEnabled = true)]
