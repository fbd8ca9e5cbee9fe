namespace DanVan.Articles.ViewModels;

/// <summary>An article of a district shown on the provincial portal; <see cref="Url"/> is a site-absolute path or a full URL.</summary>
public sealed record DistrictArticle(string Title, string Url, string District, DateTime? PublishedUtc);
