using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Tenants, "Quản lý trang huyện",
    Description = "Trên cổng tỉnh: tạo, cài đặt, theo dõi, tạm dừng và xóa trang của các Ban Dân vận huyện; nhập hàng loạt từ CSV; API.",
    Category = "Hệ thống",
    Dependencies = [FeatureIds.Admin],
    DefaultTenantOnly = true)]
