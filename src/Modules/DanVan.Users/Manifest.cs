using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Users, "Người dùng",
    Description = "Tài khoản người dùng và vai trò của trang (ASP.NET Core Identity, trong cơ sở dữ liệu riêng của từng trang).",
    Category = "Bảo mật",
    IsAlwaysEnabled = true)]
