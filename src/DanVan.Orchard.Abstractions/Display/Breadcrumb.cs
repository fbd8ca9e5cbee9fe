namespace DanVan.Orchard.Display;

/// <summary>A step of the admin breadcrumbs; the last one (the current page) has no URL.</summary>
public sealed record Breadcrumb(string Text, string? Url = null);
