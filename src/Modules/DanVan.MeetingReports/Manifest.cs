using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.MeetingReports, "Báo cáo hội nghị",
    Description = "Đăng báo cáo hội nghị: thời gian, địa điểm, kết quả, khó khăn và phương hướng, kèm tài liệu.",
    Category = "Nội dung",
    Dependencies = [FeatureIds.Contents])]
