using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.MeetingReports, "Báo cáo hội nghị",
    Description = "Trang báo cáo hội nghị tại /hoi-nghi/{đường-dẫn}: thông tin cuộc họp, kết quả, khó khăn, phương hướng.",
    Category = "Nội dung",
    Dependencies = [FeatureIds.Contents])]
