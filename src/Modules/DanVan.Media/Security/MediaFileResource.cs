namespace DanVan.Media.Security;

/// <summary>A library file as the resource of a permission check: its media path and its recorded owner (a user id, or null).</summary>
public sealed record MediaFileResource(string Path, string? Owner);
