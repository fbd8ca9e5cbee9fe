using DanVan.Orchard.Modules;

[assembly: Feature(FeatureIds.Contents, "Nội dung",
    Description = "Kiểu nội dung, phiên bản, đường dẫn thân thiện và các bước recipe ContentDefinition, Content.",
    Category = "Nội dung")]
