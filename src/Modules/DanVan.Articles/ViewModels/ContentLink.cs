namespace DanVan.Articles.ViewModels;

/// <summary>A link to another kind of content (a meeting report on the home page); <see cref="Url"/> is tenant-relative.</summary>
public sealed record ContentLink(string Title, string Url, DateTime? DateUtc, string? Note);
