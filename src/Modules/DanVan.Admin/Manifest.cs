using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Admin, "Quản trị",
    Description = "Trang quản trị của trang: tổng quan, cài đặt trang, bật tắt tính năng.",
    Category = "Hệ thống",
    Dependencies = [FeatureIds.Users],
    IsAlwaysEnabled = true)]
