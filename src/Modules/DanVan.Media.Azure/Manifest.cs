using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.MediaAzure, "Lưu media trên Azure Blob Storage",
    Description = "Khi cấu hình DanVan:Media:AzureBlob:ConnectionString, media của mỗi trang nằm trong Azure Blob Storage (một container hoặc một thư mục cho mỗi trang).",
    Category = "Media")]
