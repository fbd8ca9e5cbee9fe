using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Articles, "Tin bài",
    Description = "Đăng tin bài: trang chủ hiện các tin mới nhất, mỗi tin có trang riêng để bạn đọc xem.",
    Category = "Nội dung",
    Dependencies = [FeatureIds.Contents])]
