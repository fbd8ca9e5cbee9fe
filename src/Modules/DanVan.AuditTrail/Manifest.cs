using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.AuditTrail, "Nhật ký thao tác",
    Description = "Ghi lại ai tạo, sửa, đăng, gỡ, xóa, khôi phục nội dung và khi nào.",
    Category = "Bảo mật",
    Dependencies = [FeatureIds.Contents, FeatureIds.Admin])]
