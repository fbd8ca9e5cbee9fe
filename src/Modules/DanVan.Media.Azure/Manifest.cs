using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.MediaAzure, "Lưu media trên Azure Blob Storage",
    Description = "Cất ảnh và tài liệu của trang trên kho lưu trữ đám mây của Microsoft (Azure) thay vì trên máy chủ; bộ phận kỹ thuật cấu hình kho này.",
    Category = "Media")]
