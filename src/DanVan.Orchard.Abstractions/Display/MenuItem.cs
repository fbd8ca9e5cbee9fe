namespace DanVan.Orchard.Display;

/// <summary>An entry of the site's main menu; <see cref="Url"/> is app-relative (<c>~/…</c>), site-absolute or https.</summary>
public sealed record MenuItem(string Text, string Url);
