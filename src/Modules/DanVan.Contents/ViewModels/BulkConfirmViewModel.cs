namespace DanVan.Contents.ViewModels;

/// <summary>"Are you sure?" for a bulk unpublish or delete, with the selection carried along (also without the admin's script).</summary>
/// <param name="Left">Selected items left out: the user may not act on them, or they do not need the action (not named).</param>
public sealed record BulkConfirmViewModel(BulkContentAction Action, IReadOnlyList<(string Id, string Title)> Items, string ReturnUrl, int Left = 0);
