namespace DanVan.Articles.ViewModels;

/// <summary>A district subsite listed on the provincial portal; <see cref="Url"/> is an absolute path or URL.</summary>
public sealed record SubsiteLink(string Name, string DisplayName, string Url);
