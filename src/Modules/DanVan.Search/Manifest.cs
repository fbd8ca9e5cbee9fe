using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Search, "Tìm kiếm",
    Description = "Ô tìm kiếm cho bạn đọc: tìm trong mọi bài viết và báo cáo, gõ có dấu hay không dấu đều tìm được.",
    Category = "Nội dung",
    Dependencies = [FeatureIds.Contents])]
