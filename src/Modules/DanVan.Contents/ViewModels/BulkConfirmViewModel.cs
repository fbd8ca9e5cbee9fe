namespace DanVan.Contents.ViewModels;

/// <summary>"Are you sure?" for a bulk unpublish or delete, with the selection carried along (also without the admin's script).</summary>
public sealed record BulkConfirmViewModel(BulkContentAction Action, IReadOnlyList<(string Id, string Title)> Items, string ReturnUrl);
