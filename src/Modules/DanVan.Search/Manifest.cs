using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Search, "Tìm kiếm",
    Description = "Tìm kiếm toàn văn (Lucene.Net) hiểu tiếng Việt có dấu và không dấu: trang /tim-kiem, ô tìm kiếm ở đầu trang, tìm trên toàn cổng.",
    Category = "Nội dung",
    Dependencies = [FeatureIds.Contents])]
