namespace DanVan.Orchard.Display;

/// <summary>An entry of the admin menu; <see cref="Url"/> is app-relative (<c>~/admin/…</c>).</summary>
public sealed record AdminMenuItem(string Text, string Url, string Icon, int Position, string? Permission = null);
