namespace DanVan.Articles.ViewModels;

/// <summary>A tag as an article shows it: its text and the slug of its listing (<c>tu-khoa/…</c>; empty: no link).</summary>
public sealed record TagLink(string Name, string Slug);
