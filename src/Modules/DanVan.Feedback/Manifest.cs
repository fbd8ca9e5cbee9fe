using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Feedback, "Ý kiến bạn đọc",
    Description = "Mẫu góp ý dưới mỗi tin bài, báo cáo hội nghị và tại /gop-y, có mã kiểm tra (hình vẽ hoặc reCAPTCHA); quản trị duyệt, trả lời qua thư điện tử và xuất CSV.",
    Category = "Nội dung",
    Dependencies = [FeatureIds.Contents, FeatureIds.Email])]
