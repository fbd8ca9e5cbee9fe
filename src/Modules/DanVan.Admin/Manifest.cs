using DanVan.Orchard.Modules;

[assembly: Feature("DanVan.Admin", "Quản trị",
    Description = "Trang quản trị của trang: tổng quan, cài đặt trang, bật tắt tính năng.",
    Category = "Hệ thống",
    Dependencies = ["DanVan.Users"])]
