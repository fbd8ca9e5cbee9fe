namespace DanVan.Media.Services;

/// <summary>What editors write about a file: the alternative text for readers who cannot see it, and the caption.</summary>
public sealed record MediaInfo(string? Alt, string? Caption);
