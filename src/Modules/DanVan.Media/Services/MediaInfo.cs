namespace DanVan.Media.Services;

/// <summary>
/// What is known about a file beyond its bytes: the alternative text for readers who cannot see it, the caption, and
/// the id of the user who uploaded it (<see cref="Owner"/>; null for files from recipes or uploaded before owners
/// were recorded: such files belong to nobody, and only ManageMedia may change them).
/// </summary>
public sealed record MediaInfo(string? Alt, string? Caption, string? Owner = null);
