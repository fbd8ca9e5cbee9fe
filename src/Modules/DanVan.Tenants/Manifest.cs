using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Tenants, "Quản lý trang huyện",
    Description = "Trên cổng tỉnh: tạo, theo dõi, tạm dừng và xóa trang của các Ban Dân vận huyện; tạo nhiều trang cùng lúc từ tệp Excel (CSV).",
    Category = "Hệ thống",
    Dependencies = [FeatureIds.Admin],
    DefaultTenantOnly = true)]
