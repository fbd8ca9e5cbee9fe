using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Admin, "Quản trị",
    Description = "Khu vực quản trị của trang: trang tổng quan, cài đặt thông tin trang, menu và bật tắt các tính năng.",
    Category = "Hệ thống",
    Dependencies = [FeatureIds.Users],
    IsAlwaysEnabled = true)]
