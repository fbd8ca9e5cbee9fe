using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Setup, "Cài đặt",
    Description = "Bước cài đặt lần đầu của trang thông tin, chỉ người có mã cài đặt mới làm được.",
    Category = "Hệ thống",
    IsAlwaysEnabled = true)]
