using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.AuditTrail, "Nhật ký thao tác",
    Description = "Ghi lại ai đã làm gì và khi nào: sửa nội dung, cài đặt, menu, người dùng, tệp, tính năng và các lần đăng nhập.",
    Category = "Bảo mật",
    Dependencies = [FeatureIds.Contents, FeatureIds.Admin])]
