using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Setup, "Cài đặt",
    Description = "Trang cài đặt lần đầu của trang thông tin, bảo vệ bằng mã cài đặt dùng một lần.",
    Category = "Hệ thống",
    IsAlwaysEnabled = true)]
