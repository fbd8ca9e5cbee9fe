using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Media, "Thư viện media",
    Description = "Ảnh và tài liệu của trang: tải lên, thư mục, chú thích, phục vụ tại /media/… với ảnh thu nhỏ.",
    Category = "Media",
    Dependencies = [FeatureIds.Admin])]
