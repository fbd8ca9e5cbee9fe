using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Articles, "Tin bài",
    Description = "Trang chủ với tin bài mới nhất và trang đọc tin bài tại /tin-tuc/{đường-dẫn}.",
    Category = "Nội dung",
    Dependencies = [FeatureIds.Contents])]
