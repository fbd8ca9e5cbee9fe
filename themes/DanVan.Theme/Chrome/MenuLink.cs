namespace DanVan.Theme.Chrome;

/// <summary>A main-menu entry as the layout links it: its text and its resolved address.</summary>
public sealed record MenuLink(string Text, string Href);
