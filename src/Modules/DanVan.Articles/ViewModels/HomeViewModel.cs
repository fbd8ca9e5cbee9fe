namespace DanVan.Articles.ViewModels;

public sealed record HomeViewModel(
    ArticleSummary? Featured,
    IReadOnlyList<ArticleSummary> Latest,
    IReadOnlyList<ContentLink> MeetingReports,
    IReadOnlyList<CategoryLink> Categories,
    IReadOnlyList<SubsiteLink> Subsites,
    IReadOnlyList<DistrictArticle> DistrictNews);
