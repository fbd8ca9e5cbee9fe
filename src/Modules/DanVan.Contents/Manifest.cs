using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Contents, "Nội dung",
    Description = "Soạn và quản lý nội dung của trang: lưu nháp, đăng, gỡ, giữ các phiên bản cũ để khôi phục khi cần.",
    Category = "Nội dung")]
