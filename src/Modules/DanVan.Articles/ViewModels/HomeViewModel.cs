namespace DanVan.Articles.ViewModels;

public sealed record HomeViewModel(IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<SubsiteLink> Subsites);
