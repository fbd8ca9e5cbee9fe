namespace DanVan.Articles.ViewModels;

/// <summary>A category with its URL slug (<c>chuyen-muc/{Slug}</c>) and how many published articles it has.</summary>
public sealed record CategoryLink(string Name, string Slug, int Count);
