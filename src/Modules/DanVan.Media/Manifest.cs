using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Media, "Thư viện media",
    Description = "Thư viện ảnh và tài liệu của trang: tải lên, xếp vào thư mục, ghi chú thích, chèn vào bài viết.",
    Category = "Media",
    Dependencies = [FeatureIds.Admin])]
